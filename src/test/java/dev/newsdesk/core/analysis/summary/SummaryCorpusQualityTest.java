package dev.newsdesk.core.analysis.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bench.SummaryRouge;
import dev.newsdesk.core.analysis.text.SentenceSplitter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality reached on the frank-summarization CNN/DailyMail articles (bench SummaryQuality prints the table): three
 * extractive sentences score at or above Lead-3 on ROUGE-1, -2 and -L, without any title to help.
 */
class SummaryCorpusQualityTest {
    @Test
    void threeSentencesBeatLead3OnCnnDailyMail() throws Exception {
        String corpus = System.getProperty("newsdesk.corpus");
        Path dir = corpus == null ? null : Path.of(corpus, "frank-summarization", "articles");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "summary quality: no corpus at " + dir + " (set -Dnewsdesk.corpus), skipped");
        ObjectMapper json = new ObjectMapper();
        SentenceSplitter splitter = new SentenceSplitter();
        ExtractiveSummarizer ours = new ExtractiveSummarizer();
        double[] lead = new double[3];
        double[] mine = new double[3];
        int n = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode d = json.readTree(f.toFile());
                if (!d.has("bart_reference")) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                d.path("article_lines").forEach(l -> lines.add(l.asText()));
                String text = String.join("\n", lines);
                List<String> all = splitter.split(text);
                add(lead, String.join(" ", all.subList(0, Math.min(3, all.size()))), d.get("bart_reference").asText());
                add(mine, String.join(" ", ours.summarizeSentences(null, text, 3)), d.get("bart_reference").asText());
                n++;
            }
        }
        assertThat(n).isGreaterThan(100);
        for (int i = 0; i < 3; i++) {
            assertThat(mine[i] / n).as("ROUGE-%s, Lead-3 %.4f", i == 2 ? "L" : String.valueOf(i + 1), lead[i] / n)
                    .isGreaterThanOrEqualTo(lead[i] / n);
        }
    }

    private static void add(double[] sums, String candidate, String reference) {
        List<String> c = SummaryRouge.of(candidate);
        List<String> r = SummaryRouge.of(reference);
        sums[0] += SummaryRouge.ngramF1(c, r, 1);
        sums[1] += SummaryRouge.ngramF1(c, r, 2);
        sums[2] += SummaryRouge.lcsF1(c, r);
    }
}
