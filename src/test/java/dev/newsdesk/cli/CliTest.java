package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.testing.Feeds;
import dev.newsdesk.testing.NewsdeskProcess;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: a real process, real files, exit codes and output. */
class CliTest {
    @TempDir
    Path dir;
    private NewsdeskProcess newsdesk;

    @BeforeEach
    void setUp() {
        newsdesk = new NewsdeskProcess(dir);
    }

    private Path config(String sourcesYaml) throws Exception {
        return config(sourcesYaml, 0);
    }

    private Path config(String sourcesYaml, int httpPort) throws Exception {
        Path f = dir.resolve("test.yml");
        Files.writeString(f, "storage:\n  url: jdbc:sqlite:" + dir.resolve("data/newsdesk.db") + "\n"
                + "http:\n  port: " + httpPort + "\n"
                + "sources:" + sourcesYaml + "\n");
        return f;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Test
    void parsePrintsTheFeedAsJson() throws Exception {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, Feeds.rss("https://gtw.example", "g1", "Putin announces AI alliance — “BRICS”",
                "g2", "Chips &amp; tariffs"));
        NewsdeskProcess.Result r = newsdesk.run("parse", feed.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("title").asText()).isEqualTo("Global Tech Wire");
        assertThat(json.get("link").asText()).isEqualTo("https://gtw.example/");
        JsonNode first = json.get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo("g1");
        assertThat(first.get("title").asText()).isEqualTo("Putin announces AI alliance — “BRICS”");
        assertThat(first.get("link").asText()).isEqualTo("https://gtw.example/story/g1");
        assertThat(first.get("published").asText()).isEqualTo("2026-11-24T07:10:00Z");
        assertThat(first.get("author").asText()).isEqualTo("Jane Reporter");
        assertThat(first.get("summary").asText()).contains("covers compute & chips.");
        assertThat(json.get("items").get(1).get("title").asText()).isEqualTo("Chips & tariffs");
    }

    @Test
    void badInputEndsWithOneLineNamingTheProblem() throws Exception {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "fetch:\n  timeout: soon\n");
        NewsdeskProcess.Result r = newsdesk.run("config", "--config", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("newsdesk config: fetch.timeout: bad duration 'soon' "
                + "(use e.g. 30s, 10m, 2h, 1d)");

        NewsdeskProcess.Result missing = newsdesk.run("parse", dir.resolve("nope.xml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.xml: no such file");

        Path junk = dir.resolve("junk.xml");
        Files.write(junk, new byte[] {0, 1, 2, 3, (byte) 0xff});
        assertThat(newsdesk.run("parse", junk.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void configPrintsTheEffectiveConfigurationWithSecretsMasked() throws Exception {
        NewsdeskProcess.Result r = newsdesk.run(java.util.Map.of("NEWSDESK_TELEGRAM_TOKEN", "123456:AAE-secret"),
                "config", "--config", config(" []").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("token: '****'").doesNotContain("AAE-secret").contains("sources: []");
    }

    @Test
    void ingestStoresFeedsOnceAndSourcesListsThem() throws Exception {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(feeds.resolve("a.xml"), Feeds.rss("https://a.example", "a1", "One", "a2", "Two"));
        Files.writeString(feeds.resolve("b.rss"), Feeds.rss("https://b.example", "b1", "Three"));
        Files.writeString(feeds.resolve("broken.xml"), "this is not a feed");
        String cfg = config(" []").toString();

        NewsdeskProcess.Result first = newsdesk.run("ingest", "--config", cfg, feeds.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("ingested 3 files (1 failed): 3 items read, 3 new, 0 updated, 0 duplicate")
                .contains("items/s");
        assertThat(first.err()).contains("broken.xml");

        NewsdeskProcess.Result again = newsdesk.run("ingest", "--config", cfg, feeds.toString());
        assertThat(again.out()).contains("3 items read, 0 new, 0 updated, 3 duplicate");

        NewsdeskProcess.Result list = newsdesk.run("sources", "--config", cfg);
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("file-a-").contains("file-b-").contains("2 sources, 0 failing");
    }

    @Test
    void runPollsUntilSigtermAndStopsWithinTenSecondsWithTheStoreConsistent() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    return new MockResponse().setHeader("Content-Type", "application/rss+xml")
                            .setBody(Feeds.rss("https://gtw.example", "r1", "Alliance", "r2", "Rally"));
                }
            });
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            int httpPort = freePort();
            // the feed's own ttl (5 min) holds gtw back; the failing source is retried on its 3 s interval
            Path cfg = config("\n  - {id: gtw, url: '" + server.url("/feed.xml") + "', interval: 3s}\n"
                    + "  - {id: dead, url: 'http://127.0.0.1:1/feed.xml', interval: 3s}", httpPort);
            Process p = newsdesk.start(java.util.Map.of(), "run", "--config", cfg.toString());
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                // the dead source is retried every few seconds: two failures show the schedule at work
                while (!(server.getRequestCount() >= 1 && newsdesk.stderr().contains("source=dead kind=connection "
                        + "failures=2")) && System.nanoTime() < deadline && p.isAlive()) {
                    Thread.sleep(100);
                }
                assertThat(server.getRequestCount()).as(newsdesk.stderr()).isEqualTo(1);
                assertThat(newsdesk.stderr()).contains("poll source=gtw items=2 new=2")
                        .contains("source=dead kind=connection failures=2");
                okhttp3.Response health = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
                        .url("http://127.0.0.1:" + httpPort + "/healthz").build()).execute();
                assertThat(health.code()).isEqualTo(200);
                assertThat(health.body().string()).contains("\"status\":\"ok\"").contains("\"poller\":\"ok\"");
                okhttp3.Response scrape = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
                        .url("http://127.0.0.1:" + httpPort + "/metrics").build()).execute();
                dev.newsdesk.testing.PrometheusText metrics = dev.newsdesk.testing.PrometheusText.parse(
                        scrape.body().string());
                assertThat(metrics.value("newsdesk_fetches_total", java.util.Map.of("result", "ok"))).contains(1.0);
                assertThat(metrics.valueOrZero("newsdesk_fetches_total", java.util.Map.of("result", "connection")))
                        .isGreaterThanOrEqualTo(2.0);
                assertThat(metrics.value("newsdesk_items_total", java.util.Map.of("change", "new"))).contains(2.0);
                long stopAt = System.nanoTime();
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s").isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - stopAt)).isLessThan(Duration.ofSeconds(10));
                assertThat(newsdesk.stderr()).contains("stopped, store closed");
            } finally {
                p.destroyForcibly();
            }
        }
        try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("data/newsdesk.db"),
                "", "", 2))) {
            assertThat(new JdbcItemStore(db).count()).isEqualTo(2);
            List<SourceStatus> sources = new JdbcSourceStore(db).list();
            SourceStatus dead = sources.stream().filter(s -> s.source().id().equals("dead")).findFirst().orElseThrow();
            assertThat(dead.state().failing()).isTrue();
            assertThat(dead.state().lastError()).contains("127.0.0.1:1");
        }
    }
}
