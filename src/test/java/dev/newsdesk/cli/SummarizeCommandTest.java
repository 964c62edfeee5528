package dev.newsdesk.cli;

import dev.newsdesk.testing.NewsdeskProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code summarize FILE [--sentences N]} as a user runs it. */
class SummarizeCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheSummaryOneSentencePerLineInDocumentOrder() throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, """
                Putin announces AI alliance

                Russian President Vladimir Putin on Tuesday announced an international alliance on artificial \
                intelligence with BRICS partners, pooling AI development and data-centre infrastructure.
                The alliance would give members an alternative to Western AI platforms, Putin said in Moscow.

                Officials from China, India and Brazil attended the launch of the AI alliance — “a new era”.
                Members are expected to announce the first joint infrastructure investments next month.
                """);
        NewsdeskProcess.Result r = new NewsdeskProcess(dir).run("summarize", f.toString(), "--sentences", "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Russian President Vladimir Putin on Tuesday announced");
        assertThat(r.out()).doesNotContain("Putin announces AI alliance\n");

        NewsdeskProcess.Result two = new NewsdeskProcess(dir).run("summarize", f.toString());
        assertThat(two.out().strip().split("\n")).hasSize(2);
    }

    @Test
    void aMissingFileOrBadCountEndsWithOneLine() throws Exception {
        NewsdeskProcess.Result r = new NewsdeskProcess(dir).run("summarize", dir.resolve("nope.txt").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).contains("nope.txt: no such file").doesNotContain("\n");
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "One sentence.");
        NewsdeskProcess.Result bad = new NewsdeskProcess(dir).run("summarize", f.toString(), "--sentences", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).contains("--sentences 0");
    }
}
