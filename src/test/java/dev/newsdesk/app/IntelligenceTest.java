package dev.newsdesk.app;

import dev.newsdesk.adapter.extract.ArticleExtractor;
import dev.newsdesk.adapter.extract.PageArticleReader;
import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.adapter.fetch.HttpFetcher;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcAnalysisStore;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.JdbcStoryStore;
import dev.newsdesk.config.FetchSettings;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.analysis.Analysis;
import dev.newsdesk.core.analysis.impact.Direction;
import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.Lexicon;
import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import dev.newsdesk.core.analysis.topic.TopicClassifier;
import dev.newsdesk.core.analysis.watch.WatchMatcher;
import dev.newsdesk.core.source.PollPolicy;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import dev.newsdesk.core.story.StoryGrouper;
import dev.newsdesk.core.story.StorySettings;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored items are analysed once per version, grouped into stories across outlets, and teasers completed. */
class IntelligenceTest {
    @TempDir
    Path dir;
    private Database db;
    private JdbcSourceStore sources;
    private JdbcItemStore items;
    private JdbcAnalysisStore analyses;
    private final List<List<String>> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("newsdesk.db"), "", "", 4));
        sources = new JdbcSourceStore(db);
        items = new JdbcItemStore(db);
        analyses = new JdbcAnalysisStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ItemIntelligence intelligence() {
        ExtractiveSummarizer extractive = new ExtractiveSummarizer();
        Enricher enricher = new Enricher(extractive, extractive, TopicClassifier.parse(Map.of(
                "ai-alliances", "(alliance OR pact OR partnership) AND (AI OR chips)",
                "crypto", "bitcoin OR crypto*")), WatchMatcher.of(List.of("Nvidia|NVDA", "BRICS")),
                new ImpactAnalyzer(Lexicon.builtIn()), Clock.systemUTC());
        StoryService stories = new StoryService(new StoryGrouper(StorySettings.DEFAULTS, Clock.systemUTC()),
                new JdbcStoryStore(db));
        stories.restore(Instant.now());
        ItemIntelligence intelligence = new ItemIntelligence(enricher, analyses, stories);
        intelligence.addListener(announced::add);
        return intelligence;
    }

    private static String rss(String outlet, String guid, String title, String description) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + outlet + "</title>"
                + "<link>https://" + outlet + ".example/</link><item><guid>" + guid + "</guid><title>" + title
                + "</title><link>https://" + outlet + ".example/" + guid + "</link>"
                + "<pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusHours(1)) + "</pubDate>"
                + "<description><![CDATA[" + description + "]]></description></item></channel></rss>";
    }

    @Test
    void aReIngestAsksTheSummarizerNothing() throws Exception {
        // a model summariser costs tokens per call: items stored as they are must not be summarised again
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        ExtractiveSummarizer extractive = new ExtractiveSummarizer();
        dev.newsdesk.core.analysis.summary.Summarizer counting = (hash, title, text) -> {
            calls.incrementAndGet();
            return extractive.summarize(title, text);
        };
        ItemIntelligence intelligence = new ItemIntelligence(new Enricher(extractive, counting,
                TopicClassifier.parse(Map.of("crypto", "bitcoin")), WatchMatcher.of(List.of()),
                new ImpactAnalyzer(Lexicon.builtIn()), Clock.systemUTC()), analyses,
                new StoryService(new StoryGrouper(), new JdbcStoryStore(db)));
        Path a = Files.writeString(dir.resolve("wire.xml"), rss("wire", "w1", "Bitcoin jumps 9% to record high",
                "<p>Bitcoin rose 9% to a record high on Friday.</p>"));
        ingest(intelligence, a);
        assertThat(calls.get()).isEqualTo(1);
        ingest(intelligence, a);
        assertThat(calls.get()).isEqualTo(1);
    }

    private FileIngester.Report ingest(ItemIntelligence intelligence, Path... files) {
        return new FileIngester(new FeedParsers(), sources, items, Clock.systemUTC(), 2, intelligence)
                .ingest(List.of(files), n -> { });
    }

    private String storyOf(String title) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT story_id FROM items WHERE title = '" + title
                     + "'")) {
            assertThat(rs.next()).as("item " + title).isTrue();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theSameEventFromTwoOutletsIsOneStoryAndEveryItemIsAnalysedOnce() throws Exception {
        Path a = Files.writeString(dir.resolve("wire.xml"), rss("wire", "w1",
                "Nvidia joins BRICS AI alliance to build chip plants",
                "<p>Nvidia said on Tuesday it would join an AI alliance formed by BRICS members to build chip "
                        + "plants. Shares of Nvidia rose 4% after the announcement.</p>"));
        Path b = Files.writeString(dir.resolve("daily.xml"), rss("daily", "d1",
                "Nvidia to join BRICS-led AI alliance, build chip plants",
                "<p>Nvidia will join the AI alliance led by BRICS nations and build new chip plants, the company "
                        + "said.</p>"));
        Path c = Files.writeString(dir.resolve("coins.xml"), rss("coins", "c1",
                "Bitcoin slumps 8% as crypto exchange is hacked",
                "<p>Bitcoin fell 8% on Monday after a crypto exchange lost $200 million to hackers.</p>"));
        ItemIntelligence intelligence = intelligence();
        ingest(intelligence, a, b, c);

        assertThat(storyOf("Nvidia joins BRICS AI alliance to build chip plants"))
                .isEqualTo(storyOf("Nvidia to join BRICS-led AI alliance, build chip plants"))
                .isNotEqualTo(storyOf("Bitcoin slumps 8% as crypto exchange is hacked"));
        assertThat(count("SELECT COUNT(*) FROM stories")).isEqualTo(2);
        assertThat(count("SELECT item_count FROM stories WHERE item_count = 2")).isEqualTo(2);

        assertThat(count("SELECT COUNT(*) FROM analyses")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM item_topics WHERE topic = 'ai-alliances'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM item_topics WHERE topic = 'crypto'")).isEqualTo(1);
        String bitcoinId = idOf("Bitcoin slumps 8% as crypto exchange is hacked");
        Analysis bitcoin = analyses.find(bitcoinId).orElseThrow();
        assertThat(bitcoin.impact().direction()).isEqualTo(Direction.NEGATIVE);
        assertThat(bitcoin.summary().summary()).contains("Bitcoin fell 8%");
        Analysis nvidia = analyses.find(idOf("Nvidia joins BRICS AI alliance to build chip plants")).orElseThrow();
        assertThat(nvidia.watchHits()).containsExactly("Nvidia", "BRICS");
        assertThat(announced.stream().mapToInt(List::size).sum()).isEqualTo(3);

        // the same files again: nothing new, nothing analysed again, nobody told
        Instant analysedAt = nvidia.analyzedAt();
        ingest(intelligence, a, b, c);
        assertThat(analyses.find(nvidia.itemId()).orElseThrow().analyzedAt()).isEqualTo(analysedAt);
        assertThat(announced.stream().mapToInt(List::size).sum()).isEqualTo(3);
    }

    @Test
    void chatsSeeOneStoryPerEventWithItsOutletsSummaryAndImpactBadge() throws Exception {
        Path a = Files.writeString(dir.resolve("wire.xml"), rss("wire", "w1",
                "Bitcoin slumps 8% as crypto exchange is hacked",
                "<p>Bitcoin fell 8% on Monday after a crypto exchange lost $200 million to hackers.</p>"));
        Path b = Files.writeString(dir.resolve("daily.xml"), rss("daily", "d1",
                "Bitcoin slumps 8% after crypto exchange hack",
                "<p>The price of bitcoin dropped 8% after hackers drained a crypto exchange.</p>"));
        ingest(intelligence(), a, b);
        List<dev.newsdesk.core.chat.NewsItem> news = new dev.newsdesk.adapter.store.JdbcNewsReader(db)
                .since(Instant.now().minus(Duration.ofDays(1)), 100);
        assertThat(news).hasSize(2).allSatisfy(n -> {
            assertThat(n.storyId()).isNotNull();
            assertThat(n.move()).isNotNull().satisfies(m -> {
                assertThat(m.up()).isFalse();
                assertThat(m.sectors()).contains("Crypto");
            });
        });
        List<dev.newsdesk.core.chat.StoryView> views = dev.newsdesk.core.chat.Stories.group(news);
        assertThat(views).singleElement().satisfies(v -> {
            assertThat(v.alsoSources()).hasSize(1);
            assertThat(v.impact()).hasValueSatisfying(badge -> assertThat(badge).startsWith("▼ negative")
                    .contains("Crypto"));
            assertThat(v.summary()).contains("8%");
        });
    }

    private String idOf(String title) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM items WHERE title = '" + title + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aChangedItemIsAnalysedAgainAndARestartKeepsItsStories() throws Exception {
        Path a = Files.writeString(dir.resolve("wire.xml"), rss("wire", "w1",
                "Fed holds interest rates steady", "<p>The Federal Reserve held rates steady on Wednesday.</p>"));
        ingest(intelligence(), a);
        String id = idOf("Fed holds interest rates steady");
        String firstHash = analyses.find(id).orElseThrow().contentHash();

        Files.writeString(a, rss("wire", "w1", "Fed holds interest rates steady, signals two cuts",
                "<p>The Federal Reserve held rates steady on Wednesday and signalled two cuts this year.</p>"));
        ingest(intelligence(), a);
        assertThat(analyses.find(id).orElseThrow().contentHash()).isNotEqualTo(firstHash);
        assertThat(analyses.find(id).orElseThrow().summary().summary()).contains("signalled two cuts");

        // a new process: the story index is rebuilt from the store, so another outlet's copy joins the story
        Path b = Files.writeString(dir.resolve("daily.xml"), rss("daily", "d1",
                "Fed holds rates steady, signals two cuts this year",
                "<p>The Fed left interest rates unchanged and pencilled in two cuts.</p>"));
        ingest(intelligence(), b);
        assertThat(storyOf("Fed holds rates steady, signals two cuts this year"))
                .isEqualTo(storyOf("Fed holds interest rates steady, signals two cuts"));
    }

    @Test
    void itemsStoredWithoutAnalysisAreCaughtUpAtTheNextStart() throws Exception {
        Path a = Files.writeString(dir.resolve("wire.xml"), rss("wire", "w1",
                "Bitcoin jumps 9% to record high", "<p>Bitcoin rose 9% to a record high on Friday.</p>"));
        // a run that stored and then stopped before analysing
        ingest(null, a);
        assertThat(count("SELECT COUNT(*) FROM analyses")).isZero();

        ItemIntelligence next = intelligence();
        assertThat(next.catchUp(items, Instant.now().minus(Duration.ofDays(2)), 100)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM analyses")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM items WHERE story_id IS NOT NULL")).isEqualTo(1);
        assertThat(announced).hasSize(1);
        assertThat(next.catchUp(items, Instant.now().minus(Duration.ofDays(2)), 100)).isZero();
    }

    @Test
    void teasersGetTheirArticleTextFromThePageOnce() throws Exception {
        String article = "<html><head><title>Chip pact</title></head><body><nav>Home News</nav><article>"
                + "<h1>Chip makers sign AI pact</h1>"
                + "<p>Five chip makers signed a pact on Tuesday to share AI compute capacity across their data "
                + "centres, in the largest such agreement so far.</p>"
                + "<p>The partnership covers advanced packaging, joint purchasing of power and a common standard for "
                + "accelerator interconnects, the companies said in a statement.</p>"
                + "<p>Analysts expect the alliance to lower costs for smaller members, who have struggled to secure "
                + "capacity as demand for AI chips outstrips supply.</p>"
                + "<p>Regulators in Brussels and Washington are expected to review the agreement.</p>"
                + "</article><footer>Copyright</footer></body></html>";
        List<String> paths = new CopyOnWriteArrayList<>();
        Map<String, String> bodies = new ConcurrentHashMap<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    paths.add(r.getPath());
                    if (r.getPath().equals("/feed.xml")) {
                        return new MockResponse().setHeader("Content-Type", "application/rss+xml")
                                .setBody(bodies.get("feed"));
                    }
                    return new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(article);
                }
            });
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            String base = server.url("/").toString().replaceAll("/$", "");
            bodies.put("feed", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item>"
                    + "<guid>t1</guid><title>Chip makers sign AI pact</title><link>" + base + "/story/1</link>"
                    + "<description>Five chip makers signed a pact… Read more</description></item>"
                    + "</channel></rss>");
            sources.save(new Source("teasers", "Teasers", base + "/feed.xml", SourceType.FEED, null,
                    Duration.ofMinutes(10), Source.ADDED_BY_CONFIG, true, true), Instant.now());
            FetchSettings d = FetchSettings.defaults();
            ExecutorService work = Executors.newFixedThreadPool(2);
            try (HttpFetcher fetcher = new HttpFetcher(d)) {
                ArticleCompleter completer = new ArticleCompleter(fetcher,
                        new PageArticleReader(new ArticleExtractor()), 5, new ConcurrentHashMap<>());
                AfterPoll afterPoll = new AfterPoll(completer, intelligence(), items, 2, 16);
                SourceRefresher refresher = new SourceRefresher(fetcher, new FeedParsers(), sources, items,
                        PollPolicy.defaults(), Clock.systemUTC(), work, afterPoll);
                refresher.refresh(sources.list().get(0)).join();
                assertThat(afterPoll.awaitIdle(Duration.ofSeconds(10))).isTrue();
                refresher.refresh(sources.list().get(0)).join();
                assertThat(afterPoll.awaitIdle(Duration.ofSeconds(10))).isTrue();
                afterPoll.close();
            } finally {
                work.shutdownNow();
            }
        }
        assertThat(paths).containsExactly("/feed.xml", "/story/1", "/feed.xml");
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT body FROM items")) {
            rs.next();
            assertThat(rs.getString(1)).contains("advanced packaging").contains("Regulators in Brussels")
                    .doesNotContain("Copyright").doesNotContain("Read more");
        }
        Analysis a = analyses.find(idOf("Chip makers sign AI pact")).orElseThrow();
        assertThat(a.topics()).contains("ai-alliances");
        assertThat(a.summary().takeaways()).isNotEmpty();
        // what /summary shows: the analysis's summary, takeaways and what to watch
        dev.newsdesk.core.chat.NewsItem shown = new dev.newsdesk.adapter.store.JdbcNewsReader(db)
                .byIds(List.of(a.itemId())).get(0);
        assertThat(shown.summary()).isEqualTo(a.summary().summary());
        assertThat(shown.takeaways()).isEqualTo(a.summary().takeaways());
        assertThat(shown.watch()).anySatisfy(w -> assertThat(w).contains("expected to review"));
    }

    @Test
    void analysisKeepsItsShareWhilePollsNeverStop() {
        // a poller that is never idle (many sources, short intervals) must slow analysis down, not starve it
        PollActivity polls = new PollActivity();
        polls.started();
        AfterPoll afterPoll = new AfterPoll(null, intelligence(), items, 1, 64, polls, 0.25);
        Source busy = new Source("busy", "Busy", "https://busy.example/feed", SourceType.FEED, null,
                Duration.ofMinutes(10), Source.ADDED_BY_CONFIG, true, true);
        sources.save(busy, Instant.now());
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                dev.newsdesk.core.item.Item it = new dev.newsdesk.core.item.Item("id-" + i, "busy", "g:" + i,
                        "g" + i, "https://busy.example/" + i, "Nvidia and BRICS sign chip pact number " + i, null,
                        Instant.now(), Instant.now(), "Nvidia signed a chip pact.", "Nvidia signed a chip pact "
                        + "with BRICS members on Tuesday.", List.of(), null, "hash-" + i);
                ItemStore.StoreResult stored = items.store(List.of(it));
                afterPoll.submit(busy, stored);
                ids.add(it.id());
            }
            assertThat(afterPoll.awaitIdle(Duration.ofSeconds(60))).isTrue();
            assertThat(ids).allSatisfy(id -> assertThat(analyses.find(id)).isPresent());
        } finally {
            polls.finished();
            afterPoll.close();
        }
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AfterPoll(null, intelligence(), items, 1, 4,
                new PollActivity(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
