package dev.newsdesk.cli;

import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.Lexicon;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code impact}: one output line per input line, in order, whatever the input. */
class ImpactCommandTest {
    private static final ImpactAnalyzer IMPACT = new ImpactAnalyzer(Lexicon.builtIn());

    private static String[] run(byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImpactCommand.run(IMPACT, new ByteArrayInputStream(input), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.isEmpty() || text.endsWith("\n")).as("output ends with a newline").isTrue();
        return text.isEmpty() ? new String[0] : text.substring(0, text.length() - 1).split("\n", -1);
    }

    private static String[] run(String input) throws IOException {
        return run(input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneLabelAndScorePerLineInOrder() throws IOException {
        assertThat(run("Net profit fell 12%\n\nOperating loss narrowed to EUR 2 mn from EUR 5 mn\r\n"
                + "The company is based in Espoo.\nBitcoin surged 9% to a record high"))
                .containsExactly("negative\t-0.762", "neutral\t0.000", "positive\t0.762", "neutral\t0.000",
                        "positive\t0.964");
    }

    @Test
    void emptyInputGivesNoOutputAndBlankLinesAreNeutral() throws IOException {
        assertThat(run("")).isEmpty();
        assertThat(run("\n\n\n")).containsExactly("neutral\t0.000", "neutral\t0.000", "neutral\t0.000");
    }

    @Test
    void thousandsOfLinesAndHostileLinesKeepTheCount() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            in.append(i % 3 == 0 ? "Sales rose 5%" : i % 3 == 1 ? "Costs rose 5%" : "A line\rwith a CR").append('\n');
        }
        in.append("x".repeat(300_000)).append('\n');  // longer than a line may be: cut, still one line
        String[] lines = run(in.toString());
        assertThat(lines).hasSize(5_001);
        assertThat(lines[0]).startsWith("positive\t");
        assertThat(lines[1]).startsWith("negative\t");
        assertThat(lines[2]).startsWith("neutral\t");

        byte[] binary = new byte[200_000];
        new Random(7).nextBytes(binary);
        int newlines = 0;
        for (byte b : binary) {
            newlines += b == '\n' ? 1 : 0;
        }
        int expected = newlines + (binary[binary.length - 1] == '\n' ? 0 : 1);
        assertThat(run(binary)).hasSize(expected)
                .allMatch(l -> l.matches("(positive|negative|neutral)\t-?\\d\\.\\d{3}"));
    }

    @Test
    void scoresHaveThreeDecimalsAndNoNegativeZero() {
        assertThat(ImpactCommand.score(0)).isEqualTo("0.000");
        assertThat(ImpactCommand.score(-0.0001)).isEqualTo("0.000");
        assertThat(ImpactCommand.score(-0.7616)).isEqualTo("-0.762");
        assertThat(ImpactCommand.score(1)).isEqualTo("1.000");
        assertThat(ImpactCommand.score(0.05)).isEqualTo("0.050");
    }
}
