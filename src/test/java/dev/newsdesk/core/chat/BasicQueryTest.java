package dev.newsdesk.core.chat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BasicQueryTest {
    private static final BasicQuery.Doc DOC = new BasicQuery.Doc("Putin announces AI alliance", "",
            "He said the pact covers chips and semiconductors.", "gtw", "Global Tech Wire");

    private static boolean m(String q) throws QueryError {
        return BasicQuery.compile(q).test(DOC);
    }

    @Test
    void matchesWholeWordsCaseInsensitively() throws QueryError {
        assertThat(m("ai")).isTrue();
        assertThat(m("sai")).isFalse();
        assertThat(m("(alliance OR coalition) AND AI")).isTrue();
        assertThat(m("alliance NOT chips")).isFalse();
        assertThat(m("semiconductor*")).isTrue();
        assertThat(m("\"AI alliance\"")).isTrue();
        assertThat(m("title:chips")).isFalse();
        assertThat(m("source:\"Global Tech Wire\"")).isTrue();
    }

    @Test
    void malformedQueriesSayWhatAndWhere() {
        assertThatThrownBy(() -> m("(AI")).isInstanceOf(QueryError.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> m("AI AND")).isInstanceOf(QueryError.class)
                .satisfies(e -> assertThat(((QueryError) e).position()).isEqualTo(6));
        assertThatThrownBy(() -> m("\"open")).isInstanceOf(QueryError.class).hasMessageContaining("quote");
        assertThatThrownBy(() -> m("OR x")).isInstanceOf(QueryError.class);
    }
}
