package dev.newsdesk.cli;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.adapter.telegram.FakeBotApi;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.testing.NewsdeskProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's commands as a real process: OPML import and export of sources, online backup. */
class OpsCliTest {
    @TempDir
    Path dir;
    private NewsdeskProcess newsdesk;
    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        newsdesk = new NewsdeskProcess(dir);
        config = dir.resolve("test.yml");
        Files.writeString(config, "storage:\n  url: jdbc:sqlite:" + dir.resolve("data/newsdesk.db") + "\n"
                + "http:\n  port: 0\n"
                + "sources:\n  - {id: gtw, name: Global Tech Wire, url: 'https://gtw.example/feed.xml'}\n");
    }

    @Test
    void importAddsTrustedSourcesThatSurviveARestartSkipsDuplicatesAndExportRoundTrips() throws Exception {
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Reader export</title></head><body>
                  <outline text="Markets">
                    <outline type="rss" text="Market Daily" xmlUrl="https://mkt.example/rss"/>
                    <outline type="rss" text="Global Tech Wire (again)" xmlUrl="https://GTW.example/feed.xml"/>
                  </outline>
                  <outline type="rss" text="Market Daily" xmlUrl="https://mkt2.example/rss"/>
                  <outline type="rss" text="Bad" xmlUrl="ftp://files.example/feed"/>
                  <outline type="rss" text="Dup" xmlUrl="https://mkt.example/rss"/>
                </body></opml>
                """);
        NewsdeskProcess.Result r = newsdesk.run("sources", "import", opml.toString(), "--config", config.toString(),
                "--interval", "30m");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("added    market-daily  https://mkt.example/rss  [Markets]",
                "added    market-daily-2  https://mkt2.example/rss",
                "skipped  https://GTW.example/feed.xml: already a source",
                "skipped  ftp://files.example/feed: not an http(s) URL with a host",
                "skipped  https://mkt.example/rss: already a source",
                "imported 2 of 5 feeds");

        // a second run (another process: a restart) keeps them, and importing again adds nothing
        NewsdeskProcess.Result again = newsdesk.run("sources", "import", opml.toString(), "--config",
                config.toString());
        assertThat(again.out()).contains("imported 0 of 5 feeds");
        try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("data/newsdesk.db"),
                "", "", 1))) {
            Source mkt = new JdbcSourceStore(db).find("market-daily").orElseThrow();
            assertThat(mkt.enabled()).isTrue();
            assertThat(mkt.trusted()).isTrue();
            assertThat(mkt.addedBy()).isEqualTo(Source.ADDED_BY_OPML);
            assertThat(mkt.category()).isEqualTo("Markets");
            assertThat(mkt.interval()).hasMinutes(30);
        }

        NewsdeskProcess.Result exported = newsdesk.run("sources", "export", "--config", config.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("<opml version=\"2.0\">", "<outline text=\"Markets\" title=\"Markets\">",
                "xmlUrl=\"https://mkt.example/rss\"", "xmlUrl=\"https://gtw.example/feed.xml\"");
        Path file = dir.resolve("out.opml");
        NewsdeskProcess.Result toFile = newsdesk.run("sources", "export", file.toString(), "--config",
                config.toString());
        assertThat(toFile.exitCode()).isZero();
        // the same document as on stdout (but for the time it was made)
        assertThat(Files.readString(file).replaceAll("<dateCreated>[^<]*", ""))
                .isEqualTo(exported.out().replaceAll("<dateCreated>[^<]*", ""));
        assertThat(dev.newsdesk.adapter.feed.Opml.read(Files.readAllBytes(file))).hasSize(3);
    }

    @Test
    void backupCopiesTheStoreWhileTheBotRunsAndAnotherWriterWritesAndTheCopyOpensWithItsRows() throws Exception {
        Path storeFile = dir.resolve("data/newsdesk.db");
        int seeded = 500;
        // old items: the bot's start-up catch-up (analyses of the last two days) leaves them alone
        Instant old = Instant.now().minus(Duration.ofDays(30));
        try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + storeFile, "", "", 2))) {
            JdbcSourceStore sources = new JdbcSourceStore(db);
            sources.save(ChatStack.source("gtw", "Global Tech Wire"), Instant.now());
            JdbcItemStore items = new JdbcItemStore(db);
            List<Item> batch = new ArrayList<>();
            for (int i = 0; i < seeded; i++) {
                batch.add(ChatStack.item("i" + i, "gtw", "https://gtw.example/" + i, "Story number " + i,
                        "Text of story " + i + ". ".repeat(50), old));
            }
            items.store(batch);
        }
        Process bot = newsdesk.start(Map.of(), "run", "--config", config.toString());
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + storeFile, "", "", 1))) {
                JdbcItemStore items = new JdbcItemStore(db);
                for (int i = 0; writing.get() && i < 100_000; i++) {
                    items.store(List.of(ChatStack.item("w" + i, "gtw", "https://gtw.example/w" + i, "Live " + i,
                            "Written during the backup.", Instant.now())));
                    written.incrementAndGet();
                }
            }
        }, "writer");
        try {
            awaitLog("run: polling");
            writer.start();
            while (written.get() < 20) {
                Thread.sleep(5);
            }
            Path copy = dir.resolve("backup/newsdesk-copy.db");
            Files.createDirectories(copy.getParent());
            NewsdeskProcess backup = new NewsdeskProcess(Files.createDirectories(dir.resolve("b")));
            NewsdeskProcess.Result r = backup.run("backup", copy.toString(), "--config", config.toString());
            writing.set(false);
            writer.join(10_000);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("backed up to " + copy, "checked:", "1 sources");
            assertThat(bot.isAlive()).as("the bot kept running").isTrue();

            // the copy is a whole store: it opens (migrations already applied) and has the rows of its moment
            try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + copy, "", "", 1))) {
                long items = new JdbcItemStore(db).count();
                assertThat(items).isBetween((long) seeded + 20, (long) seeded + written.get());
                assertThat(new JdbcSourceStore(db).find("gtw")).isPresent();
            }
            NewsdeskProcess.Result again = backup.run("backup", copy.toString(), "--config", config.toString());
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.err()).contains("exists (use --force to replace it)");
            assertThat(backup.run("backup", copy.toString(), "--force", "--config", config.toString()).exitCode())
                    .isZero();
        } finally {
            writing.set(false);
            bot.destroy();
            bot.waitFor(10, TimeUnit.SECONDS);
            bot.destroyForcibly();
        }
    }

    @Test
    void backupRefusesPostgresqlAndPointsAtPgDump() throws Exception {
        Path pg = dir.resolve("pg.yml");
        Files.writeString(pg, "storage:\n  url: jdbc:postgresql://127.0.0.1:1/newsdesk\n");
        NewsdeskProcess.Result r = newsdesk.run("backup", dir.resolve("x.db").toString(), "--config", pg.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("newsdesk backup: the store is PostgreSQL (storage.url); back it up "
                + "with pg_dump, e.g. pg_dump --format=custom --file=newsdesk.dump <database>");
        assertThat(dir.resolve("x.db")).doesNotExist();
    }

    private void awaitLog(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!newsdesk.stderr().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(newsdesk.stderr()).contains(text);
    }

    @Test
    void jsonLogsAreOneObjectPerLineAndNeverCarryTheToken() throws Exception {
        String fakeToken = "123:TEST";
        try (FakeBotApi api = new FakeBotApi()) {
            Path cfg = dir.resolve("json.yml");
            Files.writeString(cfg, Files.readString(config) + "logging:\n  format: json\n"
                    + "telegram:\n  api-url: " + api.url() + "\n");
            Process bot = newsdesk.start(Map.of("NEWSDESK_TELEGRAM_TOKEN", fakeToken), "run", "--config",
                    cfg.toString());
            try {
                api.message(42, "private", 42, "/help");
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (api.sentTo(42).isEmpty() && System.nanoTime() < deadline && bot.isAlive()) {
                    Thread.sleep(50);
                }
                assertThat(api.sentTo(42)).as(newsdesk.stderr()).hasSize(1);
            } finally {
                bot.destroy();
                assertThat(bot.waitFor(15, TimeUnit.SECONDS)).isTrue();
            }
            assertOneJsonObjectPerLine(newsdesk.stderr(), fakeToken, "telegram: polling", "run: stopped");
        }

        // a real-shaped token against a Bot API that cannot be reached: the failure is logged, the token is not
        String token = "7712345678:AAH-very-secret-bot-token-value_0123456789";
        Path dead = dir.resolve("dead.yml");
        Files.writeString(dead, Files.readString(config) + "logging:\n  format: json\n"
                + "telegram:\n  api-url: http://127.0.0.1:1\n");
        NewsdeskProcess second = new NewsdeskProcess(Files.createDirectories(dir.resolve("second")));
        Process bot = second.start(Map.of("NEWSDESK_TELEGRAM_TOKEN", token), "run", "--config", dead.toString());
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!second.stderr().contains("telegram did not start") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            bot.destroy();
            assertThat(bot.waitFor(15, TimeUnit.SECONDS)).isTrue();
        }
        assertOneJsonObjectPerLine(second.stderr(), token, "telegram did not start");
        assertThat(second.stderr()).doesNotContain("AAH-very-secret");
    }

    private static void assertOneJsonObjectPerLine(String stderr, String token, String... expected) throws Exception {
        assertThat(stderr).contains(expected).doesNotContain(token);
        ObjectMapper json = new ObjectMapper();
        for (String line : stderr.split("\n")) {
            JsonNode o = json.readTree(line);
            assertThat(o.isObject()).as(line).isTrue();
            assertThat(o.path("level").asText()).as(line).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(o.path("msg").isTextual()).as(line).isTrue();
        }
    }

    @Test
    void aFileThatIsNotOpmlEndsWithOneLineAndExitCode2() throws Exception {
        Path rss = dir.resolve("feed.xml");
        Files.writeString(rss, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<opml><body><outline text=\"&e;\" xmlUrl=\"https://a.example/\"/></body></opml>");
        NewsdeskProcess.Result r = newsdesk.run(Map.of(), "sources", "import", rss.toString(), "--config",
                config.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("newsdesk import: " + rss + ": not well-formed XML")
                .doesNotContain("root:");
    }
}
