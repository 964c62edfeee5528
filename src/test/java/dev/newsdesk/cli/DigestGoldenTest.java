package dev.newsdesk.cli;

import dev.newsdesk.testing.NewsdeskProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest of a fixed corpus (three outlets, twelve articles, two events carried by two outlets each, one article
 * older than the window) through the real command line — ingest with the whole enrichment, then {@code digest} — checked
 * against golden texts: sections, ranking, each story once with its other outlets, market impact by sector,
 * watch-list hits and what to watch. A change to ranking or analysis shows here as a diff to review; run with
 * {@code -Dgolden.update=true} to write the new texts after reviewing them.
 */
class DigestGoldenTest {
    private static final Path CORPUS = Path.of("src/test/resources/digest-corpus");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String AT = "2026-11-26T08:00:00Z";
    @TempDir
    Path dir;
    private NewsdeskProcess newsdesk;
    private Path config;

    @BeforeEach
    void ingest() throws Exception {
        newsdesk = new NewsdeskProcess(dir);
        config = dir.resolve("test.yml");
        Files.writeString(config, "storage:\n  url: jdbc:sqlite:" + dir.resolve("newsdesk.db") + "\nhttp:\n  port: 0\n"
                + "sources: []\n");
        NewsdeskProcess.Result r = newsdesk.run("ingest", "--config", config.toString(),
                CORPUS.toAbsolutePath().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("12 items read, 12 new");
    }

    private void assertGolden(String name, String... args) throws Exception {
        String[] cmd = new String[args.length + 5];
        cmd[0] = "digest";
        cmd[1] = "--config";
        cmd[2] = config.toString();
        cmd[3] = "--at";
        cmd[4] = AT;
        System.arraycopy(args, 0, cmd, 5, args.length);
        NewsdeskProcess.Result r = newsdesk.run(cmd);
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void topStoriesOfTheDay() throws Exception {
        assertGolden("digest-top.txt");
    }

    @Test
    void topicSectionsInBerlinTime() throws Exception {
        assertGolden("digest-topics.txt", "--zone", "Europe/Berlin", "ai-alliances", "market-impact", "crypto");
    }

    @Test
    void aWeekShowsTheOlderStoryTooAndBadArgumentsAreExplained() throws Exception {
        NewsdeskProcess.Result week = newsdesk.run("digest", "--config", config.toString(), "--at", AT,
                "--window", "7d");
        assertThat(week.out()).contains("Old story: chip fair opens in Taipei", "last 7 d");
        NewsdeskProcess.Result bad = newsdesk.run("digest", "--config", config.toString(), "sports");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("unknown topic 'sports'", "ai-alliances", "watchlist");
        NewsdeskProcess.Result badWindow = newsdesk.run("digest", "--config", config.toString(), "--window", "99y");
        assertThat(badWindow.err()).contains("--window", "24h");
    }
}
