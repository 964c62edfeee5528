package dev.newsdesk.adapter.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.adapter.fetch.HttpFetcher;
import dev.newsdesk.adapter.metrics.MicrometerMetrics;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.app.HealthCheck;
import dev.newsdesk.app.SourceRefresher;
import dev.newsdesk.adapter.store.JdbcDigestLog;
import dev.newsdesk.app.chat.ChartRenderer;
import dev.newsdesk.app.chat.ChatAdmins;
import dev.newsdesk.app.chat.DigestIndex;
import dev.newsdesk.app.chat.DigestService;
import dev.newsdesk.app.chat.Matchers;
import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.ChatSettings;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.app.chat.Incoming;
import dev.newsdesk.app.chat.StandardQueryLanguage;
import dev.newsdesk.config.FetchSettings;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import dev.newsdesk.core.chat.CommandText;
import dev.newsdesk.core.chat.Pacer;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.PollPolicy;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.core.source.SourceType;
import dev.newsdesk.testing.Feeds;
import dev.newsdesk.testing.PrometheusText;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operator's port for real: {@code /healthz} and {@code /metrics} on the JDK server, scraped over HTTP and parsed
 * strictly as Prometheus text, while real polls (SQLite, OkHttp, a local feed server), chat commands and outbox
 * deliveries move the counters.
 */
class OpsEndpointsTest {
    private static final String FETCHES = "newsdesk_fetches_total";
    @TempDir
    Path dir;
    private MockWebServer feeds;
    private Database db;
    private JdbcSourceStore sources;
    private MicrometerMetrics metrics;
    private HealthServer http;
    private HttpFetcher fetcher;
    private ExecutorService work;
    private final AtomicReference<String> telegramProblem = new AtomicReference<>();
    private final OkHttpClient client = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        feeds = new MockWebServer();
        feeds.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (!"/feed.xml".equals(r.getPath())) {
                    return new MockResponse().setResponseCode(404);
                }
                if ("\"v1\"".equals(r.getHeader("If-None-Match"))) {
                    return new MockResponse().setResponseCode(304);
                }
                return new MockResponse().setHeader("Content-Type", "application/rss+xml").setHeader("ETag", "\"v1\"")
                        .setBody(Feeds.rss("https://gtw.example", "a1", "Alliance", "a2", "Rally"));
            }
        });
        feeds.start(InetAddress.getByName("127.0.0.1"), 0);
        db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("newsdesk.db"), "", "", 4));
        sources = new JdbcSourceStore(db);
        metrics = new MicrometerMetrics();
        http = new HealthServer(0, new HealthCheck(db::ping, () -> true).with("telegram", telegramProblem::get));
        http.route("/metrics", new MetricsEndpoint(metrics::scrape));
        FetchSettings d = FetchSettings.defaults();
        fetcher = new HttpFetcher(new FetchSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(2),
                Duration.ofSeconds(2), d.maxBody(), 5, 8, 2, d.userAgent(), d.minInterval(), d.maxBackoff(), 0));
        work = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        fetcher.close();
        work.shutdownNow();
        metrics.close();
        db.close();
        feeds.shutdown();
    }

    @Test
    void fetchesCountByResultAndTheEndpointParsesAsPrometheusText() throws IOException {
        PrometheusText before = scrape();
        assertThat(before.valueOrZero(FETCHES, Map.of("result", "ok"))).isZero();
        // JVM meters are there from the start
        assertThat(before.has("jvm_memory_used_bytes", Map.of("area", "heap"))).isTrue();
        assertThat(before.has("jvm_threads_live_threads", Map.of())).isTrue();
        assertThat(before.has("process_uptime_seconds", Map.of())).isTrue();

        SourceRefresher refresher = new SourceRefresher(fetcher, new FeedParsers(), sources, new JdbcItemStore(db),
                PollPolicy.defaults(), Clock.systemUTC(), work, null, metrics);
        sources.save(source("gtw", feeds.url("/feed.xml").toString()), Instant.now());
        sources.save(source("gone", feeds.url("/missing.xml").toString()), Instant.now());
        refresher.refresh(status("gtw")).join();
        refresher.refresh(status("gtw")).join();
        refresher.refresh(status("gone")).join();

        PrometheusText after = scrape();
        assertThat(after.type(FETCHES)).contains("counter");
        assertThat(after.value(FETCHES, Map.of("result", "ok"))).contains(1.0);
        assertThat(after.value(FETCHES, Map.of("result", "not-modified"))).contains(1.0);
        assertThat(after.value(FETCHES, Map.of("result", "http-status"))).contains(1.0);
        assertThat(after.value("newsdesk_items_total", Map.of("change", "new"))).contains(2.0);
    }

    @Test
    void pollLatenessIsAHistogramOfHowLongAfterItsDueTimeEachPollBegan() throws IOException {
        SourceRefresher refresher = new SourceRefresher(fetcher, new FeedParsers(), sources, new JdbcItemStore(db),
                PollPolicy.defaults(), Clock.systemUTC(), work, null, metrics);
        sources.save(source("gtw", feeds.url("/feed.xml").toString()), Instant.now());
        // a new source has no due time yet: its first poll is not late
        refresher.refresh(status("gtw")).join();
        assertThat(scrape().valueOrZero("newsdesk_poll_lateness_seconds_count", Map.of())).isZero();

        FetchState polled = status("gtw").state();
        sources.saveState("gtw", new FetchState(polled.etag(), polled.lastModified(), Instant.now().minusSeconds(7),
                polled.lastAttemptAt(), polled.lastSuccessAt(), 0, null, null, null));
        refresher.refresh(status("gtw")).join();

        PrometheusText p = scrape();
        assertThat(p.type("newsdesk_poll_lateness_seconds")).contains("histogram");
        assertThat(p.value("newsdesk_poll_lateness_seconds_count", Map.of())).contains(1.0);
        assertThat(p.value("newsdesk_poll_lateness_seconds_bucket", Map.of("le", "5.0"))).contains(0.0);
        assertThat(p.value("newsdesk_poll_lateness_seconds_bucket", Map.of("le", "10.0"))).contains(1.0);
    }

    @Test
    void commandLatencyIsAHistogramByCommandAndUnknownWordsShareOneLabel() throws IOException {
        JdbcNewsReader news = new JdbcNewsReader(db);
        JdbcChatStore chats = new JdbcChatStore(db);
        StandardQueryLanguage queries = new StandardQueryLanguage();
        ChatSettings settings = new ChatSettings(List.of(), List.of(), java.util.Set.of(), Duration.ofMinutes(5),
                Instant.now());
        DigestService digests = new DigestService(new DigestIndex(news, Duration.ofDays(7), 1_000, Duration.ZERO,
                Clock.systemUTC()), chats, new JdbcDigestLog(db), settings, new Matchers(queries));
        ChatService chat = new ChatService(news, chats, sources, queries, ChatAdmins.NONE, settings, digests,
                ChartRenderer.NONE, dev.newsdesk.app.chat.ArticlePages.NONE, Clock.systemUTC(), metrics);
        Incoming in = new Incoming(new ChatRef("console", "operator"), ChatType.PRIVATE, "", "1", "m1", "");
        chat.answer(in, CommandText.parse("/help", null).orElseThrow());
        chat.answer(in, CommandText.parse("/latest 3", null).orElseThrow());
        chat.answer(in, CommandText.parse("/made-up-1", null).orElseThrow());
        chat.answer(in, CommandText.parse("/made-up-2", null).orElseThrow());

        PrometheusText p = scrape();
        assertThat(p.type("newsdesk_command_seconds")).contains("histogram");
        assertThat(p.value("newsdesk_command_seconds_count", Map.of("command", "help"))).contains(1.0);
        assertThat(p.value("newsdesk_command_seconds_count", Map.of("command", "latest"))).contains(1.0);
        assertThat(p.value("newsdesk_command_seconds_count", Map.of("command", "unknown"))).contains(2.0);
        assertThat(p.has("newsdesk_command_seconds_bucket", Map.of("command", "help", "le", "0.05"))).isTrue();
        assertThat(p.samples()).noneMatch(s -> s.labels().values().stream().anyMatch(v -> v.startsWith("made-up")));
    }

    @Test
    void deliveriesCountSentMessagesByKindTooManyRequestsAndTheOutboxDepth() throws Exception {
        JdbcOutbox outbox = new JdbcOutbox(db);
        AtomicInteger sends = new AtomicInteger();
        ChatPlatform platform = new ChatPlatform() {
            @Override
            public String platform() {
                return "telegram";
            }

            @Override
            public Pacer.Limits limits() {
                return Pacer.Limits.NONE;
            }

            @Override
            public SendResult send(ChatRef chat, String payload, String format, boolean previews) {
                // the first attempt is refused with 429, as Telegram does under load
                return sends.getAndIncrement() == 0 ? new SendResult.RetryAfter(Duration.ofMillis(200))
                        : new SendResult.Sent(String.valueOf(sends.get()));
            }
        };
        ChatRef chat = new ChatRef("telegram", "42");
        outbox.enqueue(List.of(new Delivery("alert:1", chat, false, "alert", "hello", "plain", false, 0,
                Instant.now())), Instant.now());
        assertThat(scrape().value("newsdesk_outbox_pending", Map.of())).isEmpty();
        DeliveryService delivery = new DeliveryService(outbox, new JdbcChatStore(db), List.of(platform),
                Clock.systemUTC(), 2, metrics);
        assertThat(scrape().value("newsdesk_outbox_pending", Map.of())).contains(1.0);
        delivery.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!outbox.state("alert:1").orElse("").equals("sent") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            delivery.close();
        }
        PrometheusText p = scrape();
        assertThat(p.value("newsdesk_messages_sent_total", Map.of("platform", "telegram", "kind", "alert")))
                .contains(1.0);
        assertThat(p.value("newsdesk_rate_limited_total", Map.of("platform", "telegram"))).contains(1.0);
        assertThat(p.value("newsdesk_outbox_pending", Map.of())).contains(0.0);
    }

    @Test
    void cacheHitsAndMissesAreReported() throws IOException {
        Cache<String, String> cache = Caffeine.newBuilder().maximumSize(10).recordStats().build();
        metrics.monitor("analyses", cache);
        cache.get("a", k -> "x");
        cache.get("a", k -> "x");
        cache.get("a", k -> "x");
        PrometheusText p = scrape();
        assertThat(p.sum("cache_gets_total", Map.of("cache", "analyses", "result", "hit"))).isEqualTo(2.0);
        assertThat(p.sum("cache_gets_total", Map.of("cache", "analyses", "result", "miss"))).isEqualTo(1.0);
    }

    @Test
    void healthIs200WithEachCheckAnd503WhenAChatPlatformIsDown() throws IOException {
        try (Response r = get("/healthz")) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).contains("\"store\":\"ok\"", "\"poller\":\"ok\"", "\"telegram\":\"ok\"");
        }
        telegramProblem.set("no successful getUpdates for 300 s");
        try (Response r = get("/healthz")) {
            assertThat(r.code()).isEqualTo(503);
            assertThat(r.body().string()).contains("\"status\":\"unhealthy\"",
                    "\"telegram\":\"no successful getUpdates for 300 s\"");
        }
    }

    @Test
    void onlyGetAndHeadAreAnsweredAndUnknownPathsAre404() throws IOException {
        try (Response r = client.newCall(new Request.Builder().url(url("/metrics"))
                .post(RequestBody.create(new byte[0])).build()).execute()) {
            assertThat(r.code()).isEqualTo(405);
        }
        try (Response r = get("/metrics/../secrets")) {
            assertThat(r.code()).isEqualTo(404);
        }
        try (Response r = get("/metrics")) {
            assertThat(r.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        }
    }

    @Test
    void theParserRefusesWhatIsNotPrometheusText() {
        assertThatThrownBy(() -> PrometheusText.parse("x_total 1\n")).hasMessageContaining("no TYPE");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE x counter\nx{a=\"1\" 1\n"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE x gauge\nx one\n")).hasMessageContaining("bad value");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_count 2\n"))
                .hasMessageContaining("+Inf");
    }

    private PrometheusText scrape() throws IOException {
        try (Response r = get("/metrics")) {
            assertThat(r.code()).isEqualTo(200);
            return PrometheusText.parse(r.body().string());
        }
    }

    private Response get(String path) throws IOException {
        return client.newCall(new Request.Builder().url(url(path)).build()).execute();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + http.port() + path;
    }

    private static Source source(String id, String url) {
        return new Source(id, id, url, SourceType.FEED, null, Duration.ofMinutes(10), Source.ADDED_BY_CONFIG, true,
                true);
    }

    private SourceStatus status(String id) {
        return sources.list().stream().filter(s -> s.source().id().equals(id)).findFirst().orElseThrow();
    }
}
