package dev.newsdesk.core.analysis.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive descent over the tokens of one query: {@code or := and (OR and)*}, {@code and := unary ([AND] unary)*},
 * {@code unary := NOT unary | '(' or ')' | term}. The recursion depth is capped by {@link Query#MAX_DEPTH}, the
 * input by {@link Query#MAX_LENGTH}, so hostile input fails fast with a {@link QueryException}.
 */
final class QueryParser {
    private enum Kind { LPAREN, RPAREN, AND, OR, NOT, TERM, END }

    /** One lexical token; {@code query} is set for terms. */
    private record Token(Kind kind, int position, Query query) {
    }

    private final String input;
    private final List<Token> tokens = new ArrayList<>();
    private int index;
    private int depth;

    QueryParser(String input) {
        this.input = input;
    }

    Query parse() {
        if (input == null || input.isBlank()) {
            throw new QueryException("empty query", -1);
        }
        if (input.length() > Query.MAX_LENGTH) {
            throw new QueryException("query longer than " + Query.MAX_LENGTH + " characters", Query.MAX_LENGTH);
        }
        lex();
        Token head = peek();
        if (head.kind == Kind.AND || head.kind == Kind.OR) {
            throw new QueryException("expected a term before " + head.kind, head.position);
        }
        Query q = or();
        Token rest = peek();
        if (rest.kind == Kind.RPAREN) {
            throw new QueryException("unbalanced ')'", rest.position);
        }
        if (rest.kind != Kind.END) {
            throw new QueryException("unexpected " + describe(rest), rest.position); // not reachable; kept safe
        }
        return q;
    }

    private Query or() {
        List<Query> parts = new ArrayList<>();
        parts.add(and());
        while (peek().kind == Kind.OR) {
            Token op = next();
            requireTermAfter(op);
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.Or(parts);
    }

    private Query and() {
        List<Query> parts = new ArrayList<>();
        parts.add(unary());
        while (true) {
            Token t = peek();
            if (t.kind == Kind.AND) {
                next();
                requireTermAfter(t);
            } else if (!startsTerm(t)) {
                break;
            }
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    private Query unary() {
        Token t = next();
        switch (t.kind) {
            case NOT -> {
                requireTermAfter(t);
                enter(t);
                Query part = unary();
                depth--;
                return new Query.Not(part);
            }
            case LPAREN -> {
                if (peek().kind == Kind.RPAREN) {
                    throw new QueryException("empty parentheses", t.position);
                }
                requireTermAfter(t);
                enter(t);
                Query inner = or();
                depth--;
                if (peek().kind != Kind.RPAREN) {
                    throw new QueryException("unbalanced '('", t.position);
                }
                next();
                return inner;
            }
            case TERM -> {
                return t.query;
            }
            default -> throw new QueryException("expected a term", t.kind == Kind.END ? input.length() : t.position);
        }
    }

    private void enter(Token t) {
        if (++depth > Query.MAX_DEPTH) {
            throw new QueryException("nesting deeper than " + Query.MAX_DEPTH, t.position);
        }
    }

    private void requireTermAfter(Token op) {
        if (!startsTerm(peek())) {
            throw new QueryException("expected a term after " + describe(op), op.position);
        }
    }

    private static boolean startsTerm(Token t) {
        return t.kind == Kind.TERM || t.kind == Kind.NOT || t.kind == Kind.LPAREN;
    }

    private static String describe(Token t) {
        return switch (t.kind) {
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case END -> "end of query";
            case TERM -> "term";
            default -> t.kind.name();
        };
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token t = tokens.get(index);
        if (t.kind != Kind.END) {
            index++;
        }
        return t;
    }

    // ---- lexing: one left-to-right pass, no backtracking ----

    private void lex() {
        int n = input.length();
        int i = 0;
        int terms = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.LPAREN, i++, null));
            } else if (c == ')') {
                tokens.add(new Token(Kind.RPAREN, i++, null));
            } else {
                int start = i;
                Query term;
                if (c == '"') {
                    int close = closingQuote(start);
                    term = text(Query.Field.ANY, input.substring(start + 1, close), start, true);
                    i = close + 1;
                } else {
                    int end = bareEnd(start);
                    String run = input.substring(start, end);
                    i = end;
                    Kind op = operator(run);
                    if (op != null) {
                        tokens.add(new Token(op, start, null));
                        continue;
                    }
                    String lower = run.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("title:") || lower.startsWith("source:")) {
                        boolean title = lower.startsWith("title:");
                        String field = title ? "title:" : "source:";
                        String value = run.substring(field.length());
                        boolean quoted = false;
                        if (value.isEmpty() && i < n && input.charAt(i) == '"') {
                            int close = closingQuote(i);
                            value = input.substring(i + 1, close);
                            quoted = true;
                            i = close + 1;
                        }
                        if (value.isBlank()) {
                            throw new QueryException("expected a term after " + field, start);
                        }
                        term = title ? text(Query.Field.TITLE, value, start, quoted) : source(value, start);
                    } else {
                        term = text(Query.Field.ANY, run, start, false);
                    }
                }
                if (++terms > Query.MAX_TERMS) {
                    throw new QueryException("more than " + Query.MAX_TERMS + " terms", start);
                }
                tokens.add(new Token(Kind.TERM, start, term));
            }
        }
        tokens.add(new Token(Kind.END, n, null));
    }

    private int closingQuote(int open) {
        int close = input.indexOf('"', open + 1);
        if (close < 0) {
            throw new QueryException("unterminated quote", open);
        }
        return close;
    }

    /** The end of a bare run: whitespace, parentheses and quotes end it. */
    private int bareEnd(int i) {
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
                break;
            }
            i++;
        }
        return i;
    }

    private static Kind operator(String run) {
        return switch (run) {
            case "AND" -> Kind.AND;
            case "OR" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> null;
        };
    }

    private static Query text(Query.Field field, String raw, int position, boolean quoted) {
        List<String> words = Tokenizer.words(raw);
        if (words.isEmpty()) {
            throw new QueryException(quoted && raw.isBlank() ? "empty phrase"
                    : "no letters or digits in '" + abbreviate(raw) + "'", position);
        }
        boolean prefix = raw.strip().endsWith("*");
        return new Query.Text(field, words, prefix);
    }

    private static Query source(String raw, int position) {
        String value = collapse(raw).toLowerCase(Locale.ROOT);
        if (value.indexOf('"') >= 0) {
            throw new QueryException("a quote inside source:", position);
        }
        return new Query.Source(value);
    }

    /** Trims and joins runs of whitespace (as {@link Character#isWhitespace} sees it) into one space. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
