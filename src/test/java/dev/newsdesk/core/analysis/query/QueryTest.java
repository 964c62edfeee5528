package dev.newsdesk.core.analysis.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryTest {
    private static final MatchDocument DOC = MatchDocument.of(
            "Nvidia joins AI alliance with Gulf states",
            "The chipmaker said on Tuesday that the joint venture will build data centres in Zürich and Riyadh. "
                    + "Analysts said the U.S. deal could move semiconductor shares.",
            "gtw", "Global Tech Wire");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AI|true",
            "ai|true",
            "sai|false",                        // whole words: 'said' does not contain the word 'ai'
            "said|true",
            "\"joint venture\"|true",
            "\"venture joint\"|false",
            "semicon*|true",
            "semiconductors|false",
            "\"data cent*\"|true",
            "nvidia alliance|true",              // implicit AND
            "nvidia AND bitcoin|false",
            "nvidia OR bitcoin|true",
            "NOT bitcoin|true",
            "NOT nvidia|false",
            "bitcoin OR nvidia AND gulf|true",   // AND binds tighter than OR
            "(bitcoin OR nvidia) AND NOT gulf|false",
            "title:nvidia|true",
            "title:chipmaker|false",
            "title:\"ai alliance\"|true",
            "title:\"joint venture\"|false",
            "title:gul*|true",
            "source:gtw|true",
            "source:GTW|true",
            "source:\"global tech wire\"|true",
            "source:other|false",
            "zurich|true",                       // diacritics folded
            "Zürich|true",
            "U.S.|true",                         // a phrase of 'u' 's'
            "us|false",
            "nvidia or bitcoin|false",           // lower-case "or" is a word, not an operator
            "NOT NOT nvidia|true",
    })
    void matches(String query, boolean expected) {
        assertThat(Query.parse(query).matches(DOC)).as(query).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|empty query",
            "'   '|empty query",
            "a OR|expected a term after OR at 2",
            "NOT|expected a term after NOT at 0",
            "a NOT|expected a term after NOT at 2",
            "AND a|expected a term before AND at 0",
            "(a OR b|unbalanced '(' at 0",
            "a OR b) c|unbalanced ')' at 6",
            "()|empty parentheses at 0",
            "\"open phrase|unterminated quote at 0",
            "a \"\"|empty phrase at 2",
            "title:|expected a term after title: at 0",
            "source:\"\"|expected a term after source: at 0",
            "a - b|no letters or digits in '-' at 2",
            "a AND AND b|expected a term after AND at 2",
            "a (|expected a term after '(' at 2",
    })
    void errorsSayWhatAndWhere(String query, String message) {
        assertThatThrownBy(() -> Query.parse(query)).isInstanceOf(QueryException.class).hasMessage(message);
    }

    @Test
    void errorCarriesProblemAndPosition() {
        QueryException e = (QueryException) catchThrowable("nvidia OR (chips");
        assertThat(e.problem()).isEqualTo("unbalanced '('");
        assertThat(e.position()).isEqualTo(10);
    }

    @Test
    void capsLengthDepthAndTerms() {
        assertThatThrownBy(() -> Query.parse("a ".repeat(Query.MAX_LENGTH)))
                .hasMessage("query longer than " + Query.MAX_LENGTH + " characters at " + Query.MAX_LENGTH);
        assertThatThrownBy(() -> Query.parse("(".repeat(40) + "a" + ")".repeat(40)))
                .hasMessage("nesting deeper than 32 at 32");
        assertThatThrownBy(() -> Query.parse("NOT ".repeat(40) + "a")).hasMessageStartingWith("nesting deeper than 32");
        assertThatThrownBy(() -> Query.parse("a ".repeat(Query.MAX_TERMS + 1)))
                .hasMessage("more than " + Query.MAX_TERMS + " terms at " + 2 * Query.MAX_TERMS);
        assertThatThrownBy(() -> Query.parse(null)).hasMessage("empty query");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nvidia|nvidia",
            "a b c|a AND b AND c",
            "a AND (b AND c)|a AND b AND c",
            "a OR b AND c|a OR b AND c",
            "(a OR b) c|(a OR b) AND c",
            "NOT (a OR b)|NOT (a OR b)",
            "\"Joint  Venture\"|\"joint venture\"",
            "\"single\"|single",
            "U.S.*|\"u s*\"",
            "TITLE:Nvidia|title:nvidia",
            "source:\"Global  Tech Wire\"|source:\"global tech wire\"",
            "chip*|chip*",
            "18bn|\"18 bn\"",
    })
    void printsCanonicalForm(String query, String canonical) {
        Query q = Query.parse(query);
        assertThat(q.toString()).isEqualTo(canonical);
        assertThat(Query.parse(q.toString())).isEqualTo(q);
    }

    @Test
    void hostileInputIsFastAndNeverCrashes() {
        String[] nasty = {"((((((((((", "\"".repeat(999), "*".repeat(999), "NOT ".repeat(249), "a OR ".repeat(199),
                "title:title:title:", "source:(", "\u0000\uFFFF\uD800", "ä".repeat(3000), "a".repeat(3999)};
        for (String s : nasty) {
            long start = System.nanoTime();
            try {
                Query.parse(s).matches(DOC);
            } catch (QueryException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
            assertThat(System.nanoTime() - start).as(s).isLessThan(1_000_000_000L);
        }
    }

    private static Throwable catchThrowable(String q) {
        try {
            Query.parse(q);
            return null;
        } catch (QueryException e) {
            return e;
        }
    }
}
