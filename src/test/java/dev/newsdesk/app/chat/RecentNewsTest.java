package dev.newsdesk.app.chat;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class RecentNewsTest {
    private static final Duration TTL = Duration.ofSeconds(15);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Predicate<NewsItem> CHIPS = i -> i.title().contains("chip");

    @Test
    void anExpiredSnapshotAnswersWhileTheNextIsReadInTheBackgroundWithItsQueriesWorkedOut(@TempDir Path dir) {
        Instant t0 = Instant.parse("2026-11-20T12:00:00Z");
        try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("n.db"), "", "", 2))) {
            new JdbcSourceStore(db).save(ChatStack.source("gtw", "Global Tech Wire"), t0);
            JdbcItemStore items = new JdbcItemStore(db);
            items.store(List.of(ChatStack.item("a", "gtw", "https://gtw.example/a", "A chip deal", "x",
                    t0.minusSeconds(60))));
            List<Runnable> background = new ArrayList<>();
            RecentNews recent = new RecentNews(new JdbcNewsReader(db), 100, TTL, background::add);

            RecentNews.Snapshot first = recent.get(t0, DAY);
            assertThat(titles(first.storiesMatching("chips", CHIPS))).containsExactly("A chip deal");
            items.store(List.of(ChatStack.item("b", "gtw", "https://gtw.example/b", "A second chip deal", "x",
                    t0.plusSeconds(5))));

            assertThat(recent.get(t0.plusSeconds(10), DAY)).as("within the ttl").isSameAs(first);
            assertThat(background).isEmpty();

            // expired: the old snapshot answers at once, and one read is started, not one per ask
            assertThat(recent.get(t0.plusSeconds(20), DAY)).isSameAs(first);
            assertThat(recent.get(t0.plusSeconds(21), DAY)).isSameAs(first);
            assertThat(background).hasSize(1);
            background.remove(0).run();

            RecentNews.Snapshot next = recent.get(t0.plusSeconds(22), DAY);
            assertThat(next).isNotSameAs(first);
            assertThat(titles(next.storiesMatching("chips", i -> {
                throw new AssertionError("worked out in the background already");
            }))).containsExactly("A second chip deal", "A chip deal");
        }
    }

    @Test
    void aSnapshotTooOldIsReadAgainInLine(@TempDir Path dir) {
        Instant t0 = Instant.parse("2026-11-20T12:00:00Z");
        try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("n.db"), "", "", 2))) {
            List<Runnable> background = new ArrayList<>();
            RecentNews recent = new RecentNews(new JdbcNewsReader(db), 100, TTL, background::add);
            RecentNews.Snapshot first = recent.get(t0, DAY);
            RecentNews.Snapshot late = recent.get(t0.plus(TTL.multipliedBy(RecentNews.STALE_LIMIT)).plusSeconds(1), DAY);
            assertThat(late).isNotSameAs(first);
            assertThat(background).isEmpty();
        }
    }

    private static List<String> titles(List<StoryView> stories) {
        return stories.stream().map(StoryView::title).toList();
    }
}
