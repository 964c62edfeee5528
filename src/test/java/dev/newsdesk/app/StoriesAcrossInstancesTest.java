package dev.newsdesk.app;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.JdbcStoryStore;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.story.StoryGrouper;
import dev.newsdesk.core.story.StorySettings;
import dev.newsdesk.testing.TestClock;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one store group the same event from two outlets into one story (so one alert, not two). */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class StoriesAcrossInstancesTest {
    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-20T12:00:00Z"));

    @Test
    void theSameEventPolledByTwoInstancesIsOneStory() {
        try (Database db = Database.open(TestStores.fresh(kind, dir))) {
            StoryService first = instance(db).sharingTheStore(clock);
            StoryService second = instance(db).sharingTheStore(clock);
            first.restore(clock.instant());
            second.restore(clock.instant());

            Item a = stored(db, "a", "gtw", "Nvidia and Saudi fund form AI alliance to build data centres");
            String storyOfA = first.assign(List.of(a)).get("a").id();
            clock.advance(Duration.ofSeconds(40));
            Item b = stored(db, "b", "mkt", "Nvidia and Saudi fund form AI alliance to build data centres in Gulf");
            assertThat(second.assign(List.of(b)).get("b").id()).isEqualTo(storyOfA);
        }
    }

    @Test
    void withoutSharingEachInstanceWouldStartItsOwn() {
        try (Database db = Database.open(TestStores.fresh(kind, dir))) {
            StoryService first = instance(db);
            StoryService second = instance(db);
            Item a = stored(db, "a", "gtw", "Nvidia and Saudi fund form AI alliance to build data centres");
            String storyOfA = first.assign(List.of(a)).get("a").id();
            Item b = stored(db, "b", "mkt", "Nvidia and Saudi fund form AI alliance to build data centres in Gulf");
            assertThat(second.assign(List.of(b)).get("b").id()).isNotEqualTo(storyOfA);
        }
    }

    private StoryService instance(Database db) {
        return new StoryService(new StoryGrouper(StorySettings.DEFAULTS, clock), new JdbcStoryStore(db));
    }

    private Item stored(Database db, String id, String source, String title) {
        new JdbcSourceStore(db).save(ChatStack.source(source, source), clock.instant());
        Item item = ChatStack.item(id, source, "https://" + source + ".example/" + id, title,
                title + ". The two sides will announce the first sites in January.", clock.instant());
        new JdbcItemStore(db).store(List.of(item));
        return item;
    }
}
