package dev.newsdesk.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A small implementation of the query language (words, "phrases", AND, OR, NOT, parentheses, implicit AND,
 * whole-word case-insensitive, trailing {@code *}, {@code title:} and {@code source:}), used by chat until the full
 * one in {@code core.analysis.query} is wired in its place behind the same port.
 */
public final class BasicQuery {
    private final String text;
    private final List<Tok> toks;
    private int pos;

    /** What a query is matched against. */
    public record Doc(String title, String summary, String text, String sourceId, String sourceName) {
    }

    private record Tok(String kind, String value, int at) {
    }

    private BasicQuery(String text) {
        this.text = text;
        this.toks = lex(text);
    }

    /**
     * Compiles a query.
     *
     * @throws QueryError naming the problem and its position
     */
    public static Predicate<Doc> compile(String query) throws QueryError {
        if (query == null || query.isBlank()) {
            throw new QueryError("the query is empty", 0);
        }
        BasicQuery q = new BasicQuery(query);
        Predicate<Doc> p = q.or();
        if (q.pos < q.toks.size()) {
            Tok t = q.toks.get(q.pos);
            throw new QueryError("unexpected '" + t.value + "'", t.at);
        }
        return p;
    }

    private static List<Tok> lex(String s) throws RuntimeException {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Tok(String.valueOf(c), String.valueOf(c), i++));
            } else {
                int start = i;
                StringBuilder b = new StringBuilder();
                boolean quoted = false;
                while (i < s.length() && (quoted || !(Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '('
                        || s.charAt(i) == ')'))) {
                    if (s.charAt(i) == '"') {
                        quoted = !quoted;
                    }
                    b.append(s.charAt(i++));
                }
                if (quoted) {
                    out.add(new Tok("badquote", b.toString(), start));
                } else {
                    String w = b.toString();
                    String kind = switch (w) {
                        case "AND", "OR", "NOT" -> w;
                        default -> "term";
                    };
                    out.add(new Tok(kind, w, start));
                }
            }
        }
        return out;
    }

    private Tok peek() {
        return pos < toks.size() ? toks.get(pos) : null;
    }

    private Predicate<Doc> or() throws QueryError {
        Predicate<Doc> left = and();
        while (peek() != null && peek().kind.equals("OR")) {
            pos++;
            Predicate<Doc> right = and();
            left = left.or(right);
        }
        return left;
    }

    private Predicate<Doc> and() throws QueryError {
        Predicate<Doc> left = not();
        while (peek() != null && !peek().kind.equals("OR") && !peek().kind.equals(")")) {
            if (peek().kind.equals("AND")) {
                pos++;
            }
            Predicate<Doc> right = not();
            left = left.and(right);
        }
        return left;
    }

    private Predicate<Doc> not() throws QueryError {
        if (peek() != null && peek().kind.equals("NOT")) {
            pos++;
            return not().negate();
        }
        return atom();
    }

    private Predicate<Doc> atom() throws QueryError {
        Tok t = peek();
        if (t == null) {
            throw new QueryError("the query ends where a word was expected", text.length());
        }
        pos++;
        switch (t.kind) {
            case "(" -> {
                Predicate<Doc> inner = or();
                if (peek() == null || !peek().kind.equals(")")) {
                    throw new QueryError("'(' is never closed", t.at);
                }
                pos++;
                return inner;
            }
            case "term" -> {
                return term(t);
            }
            case "badquote" -> throw new QueryError("the quote is never closed", t.at + t.value.indexOf('"'));
            default -> throw new QueryError("'" + t.value + "' needs a word before it", t.at);
        }
    }

    private static Predicate<Doc> term(Tok t) throws QueryError {
        String w = t.value;
        String field = null;
        int colon = w.indexOf(':');
        if (colon > 0 && !w.startsWith("\"")) {
            String f = w.substring(0, colon).toLowerCase(Locale.ROOT);
            if (f.equals("title") || f.equals("source")) {
                field = f;
                w = w.substring(colon + 1);
            }
        }
        boolean prefix = w.endsWith("*") && !w.endsWith("\"*");
        if (prefix) {
            w = w.substring(0, w.length() - 1);
        }
        w = w.replace("\"", "").strip();
        if (w.isEmpty()) {
            throw new QueryError("an empty word", t.at);
        }
        String[] words = w.split("\\s+");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("[^\\p{L}\\p{N}]+");
            }
            re.append(Pattern.quote(words[i]));
        }
        re.append(prefix ? "" : "(?![\\p{L}\\p{N}])");
        Pattern p = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String f = field;
        return d -> {
            if ("title".equals(f)) {
                return p.matcher(d.title()).find();
            }
            if ("source".equals(f)) {
                return p.matcher(d.sourceId()).find() || p.matcher(d.sourceName()).find();
            }
            return p.matcher(d.title()).find() || p.matcher(d.summary()).find() || p.matcher(d.text()).find();
        };
    }
}
