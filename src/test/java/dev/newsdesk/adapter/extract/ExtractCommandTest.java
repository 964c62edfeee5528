package dev.newsdesk.adapter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code extract} command's exit codes (its output goes to the process's stdout; the CLI test reads that). */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsBadInput() {
        assertThat(Main.execute("extract", dir.resolve("nope.html").toString())).isEqualTo(2);
    }

    @Test
    void plainAndGzippedPagesAreRead() throws IOException {
        String html = "<html><body><article><p>" + "A sentence of the article, with a comma. ".repeat(10)
                + "</p></article></body></html>";
        Path plain = Files.writeString(dir.resolve("page.html"), html);
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Main.execute("extract", plain.toString(), "--url", "https://example.com/a")).isZero();
        assertThat(Main.execute("extract", gz.toString())).isZero();
    }
}
