package dev.newsdesk.app.chat;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.digest.DigestStory;
import dev.newsdesk.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestIndexSpanTest {
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void aWindowAsLongAsTheSpanIsServedFromMemoryALongerOneFromTheStore(@TempDir Path dir) {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T12:00:00Z"));
        try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("n.db"), "", "", 2))) {
            new JdbcSourceStore(db).save(ChatStack.source("gtw", "Global Tech Wire"), clock.instant());
            Instant now = clock.instant();
            new JdbcItemStore(db).store(List.of(
                    ChatStack.item("a", "gtw", "https://gtw.example/a", "Six days old", "x", now.minus(Duration.ofDays(6))),
                    ChatStack.item("b", "gtw", "https://gtw.example/b", "Nine days old", "x", now.minus(Duration.ofDays(9)))));
            DigestIndex index = new DigestIndex(new JdbcNewsReader(db), WEEK, 60_000, Duration.ZERO, clock);
            index.load();

            // the asker's "now" is taken a moment before the index looks at the clock
            Instant asked = clock.instant();
            clock.advance(Duration.ofMillis(3));
            DigestIndex.Snapshot week = index.since(asked.minus(WEEK));
            assertThat(week.fromIndex()).as("a 7-day digest does not read the week from the store").isTrue();
            assertThat(week.stories()).extracting(DigestStory::key).hasSize(1);

            DigestIndex.Snapshot tenDays = index.since(asked.minus(Duration.ofDays(10)));
            assertThat(tenDays.fromIndex()).isFalse();
            assertThat(tenDays.stories()).hasSize(2);
        }
    }
}
