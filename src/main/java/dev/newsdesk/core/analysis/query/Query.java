package dev.newsdesk.core.analysis.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parsed query of the query language (DESIGN.md): words and "quoted phrases", {@code AND}, {@code OR},
 * {@code NOT}, parentheses, implicit AND between terms, a trailing {@code *} for prefixes, and the fields
 * {@code title:} and {@code source:}.
 *
 * <p>Matching is case-insensitive, whole-word and ignores diacritics: {@code AI} matches "AI" and "ai" but not
 * "said"; {@code zurich} matches "Zürich". A word with punctuation inside is a phrase of its parts ({@code U.S.} is
 * {@code "u s"}). Only upper-case {@code AND}, {@code OR}, {@code NOT} are operators; lower-case "and" is a word.
 * {@code NOT} binds tighter than AND, AND tighter than OR.
 *
 * <p>Queries are immutable values; {@link #toString()} prints a canonical form that {@link #parse(String)} turns
 * back into an equal query.
 */
public sealed interface Query permits Query.Text, Query.Source, Query.And, Query.Or, Query.Not {
    /** The longest query accepted, in characters: room for an operator's topic query; parsing is linear. */
    int MAX_LENGTH = 4_000;
    /** The deepest nesting of parentheses and NOTs accepted. */
    int MAX_DEPTH = 32;
    /** The most words, phrases and source terms in one query. */
    int MAX_TERMS = 300;

    /**
     * Parses a query.
     *
     * @throws QueryException saying what is wrong and at which 0-based character offset, for an empty, malformed
     *                        or over-long query; never any other exception
     */
    static Query parse(String query) {
        return new QueryParser(query).parse();
    }

    /** Whether the document matches this query. */
    boolean matches(MatchDocument document);

    /** Which part of a document a text term looks at. */
    enum Field {
        /** Title and text. */
        ANY,
        /** The title only ({@code title:}). */
        TITLE
    }

    /**
     * A word ({@code nvidia}), a prefix ({@code chip*}) or a phrase ({@code "joint venture"}, whose last word may be
     * a prefix), in the title or anywhere.
     *
     * @param field  where to look
     * @param words  normalised words (see {@link Tokenizer}), at least one
     * @param prefix whether the last word only has to start a document word
     */
    record Text(Field field, List<String> words, boolean prefix) implements Query {
        private static final Pattern BARE = Pattern.compile("[\\p{L}\\p{N}]+");

        public Text {
            Objects.requireNonNull(field, "field");
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("query text: no words");
            }
        }

        @Override
        public boolean matches(MatchDocument document) {
            return document.contains(words, prefix, field == Field.TITLE);
        }

        @Override
        public String toString() {
            String star = prefix ? "*" : "";
            String f = field == Field.TITLE ? "title:" : "";
            if (words.size() == 1 && BARE.matcher(words.get(0)).matches()) {
                return f + words.get(0) + star;
            }
            return f + '"' + String.join(" ", words) + star + '"';
        }
    }

    /**
     * {@code source:value}: the document comes from the source with this id or name (compared ignoring case).
     *
     * @param value the id or name, lower-cased, spaces collapsed, not empty
     */
    record Source(String value) implements Query {
        public Source {
            Objects.requireNonNull(value, "value");
            if (value.isBlank()) {
                throw new IllegalArgumentException("query source: empty value");
            }
        }

        @Override
        public boolean matches(MatchDocument document) {
            return document.isFrom(value);
        }

        @Override
        public String toString() {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isWhitespace(c) || c == '(' || c == ')') {
                    return "source:\"" + value + '"';
                }
            }
            return "source:" + value;
        }
    }

    /** All of the parts match. Nested ANDs are flattened, so that equal queries have one shape. */
    record And(List<Query> parts) implements Query {
        public And {
            parts = flatten(parts, And.class);
        }

        @Override
        public boolean matches(MatchDocument document) {
            for (Query q : parts) {
                if (!q.matches(document)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Query q : parts) {
                if (!sb.isEmpty()) {
                    sb.append(" AND ");
                }
                sb.append(q instanceof Or ? "(" + q + ")" : q.toString());
            }
            return sb.toString();
        }
    }

    /** At least one of the parts matches. Nested ORs are flattened. */
    record Or(List<Query> parts) implements Query {
        public Or {
            parts = flatten(parts, Or.class);
        }

        @Override
        public boolean matches(MatchDocument document) {
            for (Query q : parts) {
                if (q.matches(document)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Query q : parts) {
                if (!sb.isEmpty()) {
                    sb.append(" OR ");
                }
                sb.append(q);
            }
            return sb.toString();
        }
    }

    /** The part does not match. */
    record Not(Query part) implements Query {
        public Not {
            Objects.requireNonNull(part, "part");
        }

        @Override
        public boolean matches(MatchDocument document) {
            return !part.matches(document);
        }

        @Override
        public String toString() {
            return part instanceof And || part instanceof Or ? "NOT (" + part + ")" : "NOT " + part;
        }
    }

    private static List<Query> flatten(List<Query> parts, Class<? extends Query> kind) {
        List<Query> out = new ArrayList<>();
        for (Query q : parts) {
            Objects.requireNonNull(q, "part");
            if (q instanceof And a && kind == And.class) {
                out.addAll(a.parts());
            } else if (q instanceof Or o && kind == Or.class) {
                out.addAll(o.parts());
            } else {
                out.add(q);
            }
        }
        if (out.size() < 2) {
            throw new IllegalArgumentException("query " + kind.getSimpleName() + ": needs two parts or more");
        }
        return List.copyOf(out);
    }
}
