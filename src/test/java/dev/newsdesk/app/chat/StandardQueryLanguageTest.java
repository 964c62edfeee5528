package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardQueryLanguageTest {
    private final StandardQueryLanguage lang = new StandardQueryLanguage();
    private final NewsItem item = new NewsItem("i1", "gtw", "Global Tech Wire", "https://x/1",
            "Putin announces AI alliance", "He said the pact covers semiconductors.", "", Instant.EPOCH);

    @Test
    void matchesWithTheProjectQueryLanguage() throws QueryError {
        assertThat(lang.compile("(alliance OR coalition) AND AI").test(item)).isTrue();
        assertThat(lang.compile("sai").test(item)).isFalse();
        assertThat(lang.compile("semiconductor*").test(item)).isTrue();
        assertThat(lang.compile("title:semiconductor*").test(item)).isFalse();
        assertThat(lang.compile("source:gtw").test(item)).isTrue();
    }

    @Test
    void aMalformedQuerySaysWhatAndWhere() {
        assertThatThrownBy(() -> lang.compile("AI AND")).isInstanceOf(QueryError.class)
                .satisfies(e -> assertThat(((QueryError) e).position()).isBetween(3, 6));
        assertThatThrownBy(() -> lang.compile("(AI")).isInstanceOf(QueryError.class);
    }
}
