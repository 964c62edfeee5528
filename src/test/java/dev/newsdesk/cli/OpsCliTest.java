package dev.newsdesk.cli;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.testing.NewsdeskProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's commands as a real process: OPML import and export of sources. */
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
