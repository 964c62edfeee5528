package dev.newsdesk.cli;

import dev.newsdesk.testing.NewsdeskProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsdesk chat} and {@code newsdesk run} without a token serve the console on stdin/stdout. */
class ChatCommandTest {
    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("NEWSDESK_STORAGE_URL", "jdbc:sqlite:" + dir.resolve("nd.db"), "NEWSDESK_HTTP_PORT", "0");
    }

    @Test
    void chatAnswersEachLineUntilTheEndOfInput() throws Exception {
        Files.writeString(dir.resolve("c.yml"), "sources: []\n");
        NewsdeskProcess nd = new NewsdeskProcess(dir);
        Process p = nd.start(env(), "chat", "--config", dir.resolve("c.yml").toString());
        try (OutputStream in = p.getOutputStream()) {
            in.write("/help\n/watch add Zürich\n/watch\n/status\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(nd.stdout()).contains("/digest ai-alliances 7d", "Watching \"Zürich\".", "• Zürich",
                "items stored: 0");
        assertThat(nd.stderr()).doesNotContain("Zürich");
    }

    @Test
    void runServesTheConsoleAndKeepsRunningAfterTheEndOfInput() throws Exception {
        Files.writeString(dir.resolve("c.yml"), "sources: []\n");
        NewsdeskProcess nd = new NewsdeskProcess(dir);
        Process p = nd.start(env(), "run", "--config", dir.resolve("c.yml").toString());
        try {
            try (OutputStream in = p.getOutputStream()) {
                in.write("/latest 3\n".getBytes(StandardCharsets.UTF_8));
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!nd.stdout().contains("Latest 0 stories") && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(nd.stdout()).contains("Latest 0 stories");
            Thread.sleep(500);
            assertThat(p.isAlive()).as("the bot keeps running after the console's input ends").isTrue();
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
