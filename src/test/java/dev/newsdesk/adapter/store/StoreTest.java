package dev.newsdesk.adapter.store;

import dev.newsdesk.app.ItemStore;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.item.ItemNormalizer;
import dev.newsdesk.core.item.ParsedFeed;
import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.Selectors;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.core.source.SourceType;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sources and items on a real SQLite file and on a real PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class StoreTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;
    private StorageSettings settings;
    private Database db;
    private JdbcSourceStore sources;
    private JdbcItemStore items;

    @BeforeEach
    void create() {
        settings = kind == TestStores.Kind.SQLITE
                ? new StorageSettings("jdbc:sqlite:" + dir.resolve("sub/newsdesk.db"), "", "", 4)
                : TestStores.fresh(kind, dir);
        open();
    }

    private void open() {
        db = Database.open(settings);
        sources = new JdbcSourceStore(db);
        items = new JdbcItemStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Source feed(String id, String url) {
        return new Source(id, id.toUpperCase(), url, SourceType.FEED, null, Duration.ofMinutes(10),
                Source.ADDED_BY_CONFIG, true, true);
    }

    private static List<Item> items(String sourceId, FeedEntry... entries) {
        return ItemNormalizer.normalize(sourceId, new ParsedFeed("rss_2.0", "t", "https://example.com/", null,
                List.of(entries)), null, NOW);
    }

    private static FeedEntry entry(String guid, String title, String link) {
        return new FeedEntry(guid, title, link, NOW.minusSeconds(60), null, "Ann Author", "About " + title, null,
                List.of("AI", "Chips"), null);
    }

    @Test
    void theFileAndItsFolderAreCreatedInWalMode() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(kind == TestStores.Kind.SQLITE, "a SQLite file only");
        assertThat(Files.exists(dir.resolve("sub/newsdesk.db"))).isTrue();
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void anItemSeenAgainIsStoredOnce() {
        sources.save(feed("a", "https://a.example/feed"), NOW);
        List<Item> first = items("a", entry("1", "Nvidia joins AI pact", "/1"), entry("2", "Chips rally", "/2"));
        ItemStore.StoreResult r1 = items.store(first);
        ItemStore.StoreResult r2 = items.store(first);
        assertThat(r1.added()).isEqualTo(2);
        assertThat(r1.newIds()).hasSize(2);
        assertThat(r2.added()).isZero();
        assertThat(r2.duplicates()).isEqualTo(2);
        assertThat(items.count()).isEqualTo(2);
    }

    @Test
    void theSameArticleFromAnotherSourceIsADuplicate() {
        sources.save(feed("a", "https://a.example/feed"), NOW);
        sources.save(feed("b", "https://b.example/feed"), NOW);
        items.store(ItemNormalizer.normalize("a", new ParsedFeed(null, null, null, null,
                List.of(entry("a-1", "Story", "https://news.example/story?utm_source=a"))), null, NOW));
        ItemStore.StoreResult r = items.store(ItemNormalizer.normalize("b", new ParsedFeed(null, null, null, null,
                List.of(entry("b-77", "Story", "https://NEWS.example/story#x"))), null, NOW));
        assertThat(r.added()).isZero();
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(items.count()).isEqualTo(1);
    }

    @Test
    void anItemWhoseContentChangedIsUpdatedNotDuplicated() {
        sources.save(feed("a", "https://a.example/feed"), NOW);
        Item original = items("a", entry("1", "Alliance talks begin", "/1")).get(0);
        items.store(List.of(original));
        Item changed = items("a", entry("1", "Alliance signed by five nations", "/1")).get(0);
        ItemStore.StoreResult r = items.store(List.of(changed));
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.added()).isZero();
        assertThat(items.count()).isEqualTo(1);
        assertThat(items.find(original.id())).get().extracting(JdbcItemStore.StoredItem::title)
                .isEqualTo("Alliance signed by five nations");
    }

    @Test
    void configuredSourcesAreSyncedAndDroppedOnesDisabled() {
        sources.syncConfigured(List.of(feed("a", "https://a.example/feed"), feed("b", "https://b.example/feed")), NOW);
        sources.saveState("a", new FetchState("\"v1\"", null, NOW, NOW, NOW, 0, null, null, null));
        sources.syncConfigured(List.of(feed("a", "https://a.example/feed2")), NOW);
        assertThat(sources.find("a")).get().extracting(Source::url).isEqualTo("https://a.example/feed2");
        assertThat(sources.find("b")).get().extracting(Source::enabled).isEqualTo(false);
        SourceStatus a = sources.list().get(0);
        assertThat(a.state().etag()).as("fetch state survives a config change").isEqualTo("\"v1\"");
    }

    @Test
    void fetchStateAndSelectorsRoundTrip() {
        Source page = new Source("page", "A page", "https://example.com/news", SourceType.HTML,
                new Selectors("article", "h2", "h2 a", "time", "p"), Duration.ofMinutes(30), "telegram:42", true,
                false);
        sources.save(page, NOW);
        FetchState st = new FetchState("W/\"x\"", "Wed, 21 Oct 2015 07:28:00 GMT", NOW.plusSeconds(600), NOW,
                NOW.minusSeconds(3600), 3, FailureKind.TIMEOUT, "https://example.com/news timed out", NOW);
        sources.saveState("page", st);
        assertThat(sources.find("page")).contains(page);
        assertThat(sources.list()).singleElement().extracting(SourceStatus::state).isEqualTo(st);
    }

    @Test
    void dueSourcesAreTheEnabledOnesWhoseTimeHasCome() {
        sources.syncConfigured(List.of(feed("new", "https://n.example/"), feed("later", "https://l.example/"),
                feed("past", "https://p.example/")), NOW);
        sources.save(new Source("off", "off", "https://o.example/", SourceType.FEED, null, Duration.ofMinutes(1),
                "x", false, true), NOW);
        sources.saveState("later", new FetchState(null, null, NOW.plusSeconds(60), null, null, 0, null, null, null));
        sources.saveState("past", new FetchState(null, null, NOW.minusSeconds(60), null, null, 0, null, null, null));
        assertThat(sources.due(NOW, 10)).extracting(s -> s.source().id()).containsExactly("new", "past");
        assertThat(sources.nextDue()).contains(Instant.EPOCH);
    }

    @Test
    void dataSurvivesReopeningTheFile() {
        sources.save(feed("a", "https://a.example/feed"), NOW);
        items.store(items("a", entry("1", "Kept", "/1")));
        db.close();
        open();
        assertThat(items.count()).isEqualTo(1);
        assertThat(sources.find("a")).isPresent();
    }

    @Test
    void storesFromManyThreadsAreCommittedTogetherAndABadOneFailsAlone() throws Exception {
        // the store that fails is made by a trigger, written in SQLite's dialect; the batching is engine-neutral
        org.junit.jupiter.api.Assumptions.assumeTrue(kind == TestStores.Kind.SQLITE, "a SQLite trigger refuses one");
        sources.syncConfigured(List.of(feed("a", "https://a.example/feed")), NOW);
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute("CREATE TRIGGER refuse_poison BEFORE INSERT ON items "
                    + "WHEN NEW.title = 'poison' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        int threads = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<ItemStore.StoreResult>> results = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Item> batch = new java.util.ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    batch.addAll(items("a", entry("t" + t + "-" + i, "Story " + t + "-" + i,
                            "https://a.example/" + t + "/" + i)));
                }
                if (t == 3) {
                    // the last item of thread 3 is one the table refuses (see the trigger): its whole store fails
                    batch.addAll(items("a", entry("poison", "poison", "https://a.example/poison")));
                }
                final int t2 = t;
                results.add(pool.submit(() -> {
                    start.await();
                    return t2 % 2 == 0 ? items.store(batch) : items.storeSoon(batch).get();
                }));
            }
            int added = 0;
            int failed = 0;
            for (java.util.concurrent.Future<ItemStore.StoreResult> f : results) {
                try {
                    ItemStore.StoreResult r = f.get();
                    assertThat(r.added()).isEqualTo(20);
                    assertThat(r.newIds()).hasSize(20);
                    added += r.added();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(1);
            assertThat(added).isEqualTo(140);
            assertThat(items.count()).isEqualTo(140); // none of thread 3's items, all of the others'

        } finally {
            pool.shutdownNow();
        }
    }
}
