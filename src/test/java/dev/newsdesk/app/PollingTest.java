package dev.newsdesk.app;

import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.adapter.fetch.HttpFetcher;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.config.FetchSettings;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.PollPolicy;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.core.source.SourceType;
import dev.newsdesk.testing.Feeds;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Polling end to end: the real fetcher, parser and SQLite store against a local HTTP server. */
class PollingTest {
    @TempDir
    Path dir;
    private MockWebServer server;
    private Database db;
    private JdbcSourceStore sources;
    private JdbcItemStore items;
    private HttpFetcher fetcher;
    private ExecutorService work;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                String path = request.getPath();
                if (path.startsWith("/status/")) {
                    return new MockResponse().setResponseCode(Integer.parseInt(path.substring(8)));
                }
                if (path.equals("/loop")) {
                    return new MockResponse().setResponseCode(302).setHeader("Location", "/loop");
                }
                if (path.equals("/bomb")) {
                    return new MockResponse().setHeader("Content-Encoding", "gzip")
                            .setHeader("Content-Type", "application/rss+xml").setBody(gzipBomb());
                }
                if (path.equals("/noise")) {
                    return new MockResponse().setBody("\u0000\u0001garbage\u00ff not a feed at all");
                }
                String body = bodies.get(path);
                if (body == null) {
                    return new MockResponse().setResponseCode(404);
                }
                String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
                if (etag.equals(request.getHeader("If-None-Match"))) {
                    return new MockResponse().setResponseCode(304).setHeader("ETag", etag);
                }
                return new MockResponse().setHeader("Content-Type", "application/rss+xml; charset=utf-8")
                        .setHeader("ETag", etag).setBody(body);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("newsdesk.db"), "", "", 4));
        sources = new JdbcSourceStore(db);
        items = new JdbcItemStore(db);
        FetchSettings d = FetchSettings.defaults();
        fetcher = new HttpFetcher(new FetchSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(2),
                Duration.ofSeconds(2), d.maxBody(), 5, 8, 2, d.userAgent(), d.minInterval(), d.maxBackoff(), 0));
        work = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() throws IOException {
        fetcher.close();
        work.shutdownNow();
        db.close();
        server.shutdown();
    }

    private SourceRefresher refresher() {
        return new SourceRefresher(fetcher, new FeedParsers(), sources, items, PollPolicy.defaults(),
                Clock.systemUTC(), work);
    }

    private Source source(String id, String path, boolean trusted) {
        return new Source(id, id, server.url(path).toString(), SourceType.FEED, null, Duration.ofMinutes(10),
                trusted ? Source.ADDED_BY_CONFIG : "telegram:42", true, trusted);
    }

    private SourceStatus status(String id) {
        return sources.list().stream().filter(s -> s.source().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFeedIsStoredThenAnsweredWith304AndNothingIsStoredTwice() {
        bodies.put("/feed.xml", Feeds.rss("https://gtw.example", "a1", "BRICS members announce AI alliance",
                "a2", "Nvidia shares jump on export news"));
        sources.save(source("gtw", "/feed.xml", true), Instant.now());

        PollResult first = refresher().refresh(status("gtw")).join();
        assertThat(first.outcome()).isEqualTo(PollResult.FETCHED);
        assertThat(first.added()).isEqualTo(2);
        FetchState state = status("gtw").state();
        assertThat(state.etag()).isNotNull();
        assertThat(state.lastSuccessAt()).isNotNull();
        assertThat(state.nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));

        PollResult second = refresher().refresh(status("gtw")).join();
        assertThat(second.outcome()).isEqualTo(PollResult.NOT_MODIFIED);
        assertThat(second.bodyBytes()).isZero();
        assertThat(requests.get(requests.size() - 1).getHeader("If-None-Match")).isEqualTo(state.etag());
        assertThat(items.count()).isEqualTo(2);
        assertThat(status("gtw").items()).isEqualTo(2);
    }

    @Test
    void aChangedFeedAddsOnlyTheNewItems() {
        bodies.put("/feed.xml", Feeds.rss("https://gtw.example", "a1", "First"));
        sources.save(source("gtw", "/feed.xml", true), Instant.now());
        refresher().refresh(status("gtw")).join();
        bodies.put("/feed.xml", Feeds.rss("https://gtw.example", "a2", "Second", "a1", "First"));
        PollResult r = refresher().refresh(status("gtw")).join();
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(1);
    }

    @Test
    void eachBadSourceFailsAloneWithItsKind() {
        bodies.put("/good.xml", Feeds.rss("https://gtw.example", "g1", "Good"));
        sources.save(source("good", "/good.xml", true), Instant.now());
        sources.save(source("down", "/status/503", true), Instant.now());
        sources.save(source("gone", "/status/404", true), Instant.now());
        sources.save(source("noise", "/noise", true), Instant.now());
        sources.save(source("private", "/good.xml", false), Instant.now());

        Poller poller = new Poller(sources, refresher(), Clock.systemUTC());
        List<PollResult> results = poller.pollAllOnce(sources.list());

        assertThat(results).hasSize(5);
        assertThat(status("good").state().failing()).isFalse();
        assertThat(status("good").items()).isEqualTo(1);
        assertThat(status("down").state().lastErrorKind()).isEqualTo(FailureKind.HTTP_STATUS);
        assertThat(status("down").state().lastError()).contains("503");
        assertThat(status("gone").state().lastErrorKind()).isEqualTo(FailureKind.HTTP_STATUS);
        assertThat(status("noise").state().lastErrorKind()).isEqualTo(FailureKind.NOT_A_FEED);
        // a source added from chat may not reach this machine
        assertThat(status("private").state().lastErrorKind()).isEqualTo(FailureKind.BLOCKED);
        assertThat(status("down").state().failuresInRow()).isEqualTo(1);
        assertThat(status("down").state().nextPollAt()).isAfter(Instant.now());
    }

    @Test
    void hostileServersFailOnlyTheirOwnSourceWithTheRightKind() throws Exception {
        bodies.put("/good.xml", Feeds.rss("https://gtw.example", "g1", "Good"));
        try (java.net.ServerSocket endless = new java.net.ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread writer = new Thread(() -> serveEndlessBody(endless), "endless-body");
            writer.setDaemon(true);
            writer.start();
            sources.save(source("good", "/good.xml", true), Instant.now());
            sources.save(source("loop", "/loop", true), Instant.now());
            sources.save(source("bomb", "/bomb", true), Instant.now());
            sources.save(source("noise", "/noise", true), Instant.now());
            sources.save(new Source("endless", "endless", "http://127.0.0.1:" + endless.getLocalPort() + "/feed",
                    SourceType.FEED, null, Duration.ofMinutes(10), Source.ADDED_BY_CONFIG, true, true), Instant.now());

            long heapBefore = usedHeap();
            new Poller(sources, refresher(), Clock.systemUTC()).pollAllOnce(sources.list());

            assertThat(status("good").items()).isEqualTo(1);
            assertThat(status("good").state().failing()).isFalse();
            assertThat(status("loop").state().lastErrorKind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
            assertThat(status("bomb").state().lastErrorKind()).isEqualTo(FailureKind.TOO_LARGE);
            assertThat(status("endless").state().lastErrorKind()).isEqualTo(FailureKind.TOO_LARGE);
            assertThat(status("noise").state().lastErrorKind()).isEqualTo(FailureKind.NOT_A_FEED);
            assertThat(status("endless").state().lastError()).contains("127.0.0.1");
            // a capped body is dropped, not kept: the heap is not holding a gigabyte
            assertThat(usedHeap() - heapBefore).isLessThan(200L * 1024 * 1024);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Answers every connection with a chunked body that goes on until the client hangs up (1 GB at most). */
    private static void serveEndlessBody(java.net.ServerSocket server) {
        byte[] chunk = ("<rss><channel>" + "x".repeat(65_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        while (!server.isClosed()) {
            try (java.net.Socket s = server.accept()) {
                java.io.InputStream in = s.getInputStream();
                int last = 0;
                int c;
                while ((c = in.read()) != -1 && !(last == '\n' && c == '\r')) {
                    last = c;
                }
                java.io.OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                for (long written = 0; written < 1L << 30; written += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(
                            java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // the client hung up: that is the point
            }
        }
    }

    private static okio.Buffer gzipBomb() {
        okio.Buffer compressed = new okio.Buffer();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(compressed.outputStream())) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return compressed;
    }

    @Test
    void failuresInARowBackOffAndASuccessResetsThem() {
        sources.save(source("flaky", "/feed.xml", true), Instant.now());
        refresher().refresh(status("flaky")).join();
        refresher().refresh(status("flaky")).join();
        FetchState failing = status("flaky").state();
        assertThat(failing.failuresInRow()).isEqualTo(2);
        assertThat(Duration.between(failing.lastAttemptAt(), failing.nextPollAt()))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(20));

        bodies.put("/feed.xml", Feeds.rss("https://gtw.example", "x", "Back"));
        refresher().refresh(status("flaky")).join();
        FetchState ok = status("flaky").state();
        assertThat(ok.failuresInRow()).isZero();
        assertThat(ok.lastError()).as("the last error is kept for the record").isNotNull();
        assertThat(ok.failing()).isFalse();
    }

    @Test
    void theSchedulerPollsDueSourcesAndStopsCleanly() throws InterruptedException {
        bodies.put("/feed.xml", Feeds.rss("https://gtw.example", "s1", "Scheduled"));
        sources.save(source("gtw", "/feed.xml", true), Instant.now());
        Poller poller = new Poller(sources, refresher(), Clock.systemUTC());
        poller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (items.count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        poller.stop(Duration.ofSeconds(5));
        assertThat(items.count()).isEqualTo(1);
        assertThat(poller.alive()).isFalse();
        assertThat(status("gtw").state().nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(4)));
        int polled = requests.size();
        Thread.sleep(700);
        assertThat(requests).as("nothing is polled after stop").hasSize(polled);
    }
}
