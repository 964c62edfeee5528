package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import dev.newsdesk.core.analysis.text.SentenceSplitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Summary quality and speed on the frank-summarization articles (CNN/DailyMail and XSum/BBC test articles with their
 * reference summaries).
 *
 * <p>ROUGE as computed here: lower-case, words = runs of letters and digits, no stemming, no stop-word removal;
 * ROUGE-1/-2 F1 with clipped n-gram counts; ROUGE-L F1 from the longest common subsequence of the whole summary and
 * the whole reference (sentences joined), not the per-sentence union LCS of ROUGE-Lsum. Scores are averaged over
 * articles (macro), times 100. The article text is {@code article_lines} joined with single line breaks, so the
 * splitter meets the original line structure; Lead-k takes the first k sentences of the same splitter.
 * CNN/DM reference = {@code bart_reference}; XSum reference = {@code Gold} (or {@code reference}).
 * Title: the DailyMail/CNN URL slug when {@code --title slug} (the default reports both), none for XSum.
 *
 * <p>Run: {@code bench/run-java.sh dev.newsdesk.bench.SummaryQuality} (or bench/summaries.sh).
 */
public final class SummaryQuality {
    record Case(String id, boolean cnndm, String title, String text, String reference, String bart) {
    }

    record Rouge(double r1, double r2, double rl) {
    }

    public static void main(String[] args) throws IOException {
        String corpus = System.getProperty("newsdesk.corpus");
        Path dir = corpus == null ? null : Path.of(corpus, "frank-summarization", "articles");
        if (dir == null || !Files.isDirectory(dir)) {
            System.out.println("SummaryQuality: skipped, no corpus at " + dir + " (set -Dnewsdesk.corpus)");
            return;
        }
        List<Case> cases = load(dir);
        List<Case> cnn = cases.stream().filter(Case::cnndm).toList();
        List<Case> xsum = cases.stream().filter(c -> !c.cnndm()).toList();
        SentenceSplitter splitter = new SentenceSplitter();
        ExtractiveSummarizer ours = new ExtractiveSummarizer();

        System.out.printf(Locale.ROOT, "frank-summarization: %d CNN/DM, %d XSum articles%n", cnn.size(), xsum.size());
        System.out.println("ROUGE F1 x100, macro average; no stemming; ROUGE-L = LCS over the joined summary");
        System.out.printf(Locale.ROOT, "%-44s %7s %7s %7s%n", "CNN/DM (3 sentences)", "R-1", "R-2", "R-L");
        row("Lead-3", cnn, (c, t) -> lead(splitter, c.text(), 3));
        row("extractive, 3 sentences, title = URL slug", cnn,
                (c, t) -> String.join(" ", ours.summarizeSentences(c.title(), c.text(), 3)));
        row("extractive, 3 sentences, no title", cnn,
                (c, t) -> String.join(" ", ours.summarizeSentences(null, c.text(), 3)));
        row("extractive summary (1-2 sentences), slug", cnn,
                (c, t) -> ours.summarize(c.title(), c.text()).summary());
        row("Lead-2", cnn, (c, t) -> lead(splitter, c.text(), 2));
        row("BART (abstractive, from the corpus file)", cnn, (c, t) -> c.bart());
        System.out.printf(Locale.ROOT, "%-44s %7s %7s %7s%n", "XSum (1 sentence)", "R-1", "R-2", "R-L");
        row("Lead-1", xsum, (c, t) -> lead(splitter, c.text(), 1));
        row("extractive, 1 sentence", xsum,
                (c, t) -> String.join(" ", ours.summarizeSentences(null, c.text(), 1)));
        row("extractive summary (1-2 sentences)", xsum, (c, t) -> ours.summarize(null, c.text()).summary());

        speed(ours, cases);
    }

    private static void speed(ExtractiveSummarizer ours, List<Case> cases) {
        long chars = 0;
        for (Case c : cases) {
            chars += c.text().length();
        }
        long sink = 0;
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            for (Case c : cases) {
                sink += ours.summarize(c.title(), c.text()).takeaways().size();
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = 0;
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        do {
            for (Case c : cases) {
                sink += ours.summarize(c.title(), c.text()).takeaways().size();
            }
            rounds++;
        } while (System.nanoTime() - t0 < 5_000_000_000L);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        long n = (long) rounds * cases.size();
        // CPU time is what the summariser costs; wall time also counts waiting for a core on a shared machine
        System.out.printf(Locale.ROOT, "speed: summarize(title, text) on one thread, %d articles (mean %d chars), "
                        + "%d rounds after 3 s warm-up: %.0f summaries/s of CPU time (%.1f us each), "
                        + "%.0f summaries/s wall clock (%.1f us each) (sink %d)%n", cases.size(),
                chars / cases.size(), rounds, n / cpu, 1e6 * cpu / n, n / wall, 1e6 * wall / n, sink);
    }

    private static void row(String name, List<Case> cases, BiFunction<Case, Integer, String> system) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        for (Case c : cases) {
            Rouge r = rouge(system.apply(c, 0), c.reference());
            r1 += r.r1();
            r2 += r.r2();
            rl += r.rl();
        }
        int n = cases.size();
        System.out.printf(Locale.ROOT, "%-44s %7.2f %7.2f %7.2f%n", name, 100 * r1 / n, 100 * r2 / n, 100 * rl / n);
    }

    static String lead(SentenceSplitter splitter, String text, int k) {
        List<String> s = splitter.split(text);
        return String.join(" ", s.subList(0, Math.min(k, s.size())));
    }

    static Rouge rouge(String candidate, String reference) {
        List<String> c = SummaryRouge.of(candidate);
        List<String> r = SummaryRouge.of(reference);
        return new Rouge(SummaryRouge.ngramF1(c, r, 1), SummaryRouge.ngramF1(c, r, 2), SummaryRouge.lcsF1(c, r));
    }

    private static List<Case> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode d = json.readTree(f.toFile());
                List<String> lines = new ArrayList<>();
                d.path("article_lines").forEach(l -> lines.add(l.asText()));
                String text = String.join("\n", lines);
                if (d.has("bart_reference")) {
                    out.add(new Case(f.getFileName().toString(), true, slug(d.path("url").asText()), text,
                            d.get("bart_reference").asText(), d.path("bart").asText()));
                } else if (d.has("Gold") || d.has("reference")) {
                    String ref = d.has("Gold") ? d.get("Gold").asText() : d.get("reference").asText();
                    out.add(new Case(f.getFileName().toString(), false, null, text, ref, ""));
                }
            }
        }
        return out;
    }

    /** "…/article-3039209/How-divorce-cost-old-age.html" → "How divorce cost old age"; null when there is none. */
    static String slug(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = parts[i].replaceFirst("\\.html?$", "");
            if (p.contains("-") && !p.startsWith("article-") && p.chars().anyMatch(Character::isLetter)
                    && !p.equals("index")) {
                return p.replace('-', ' ');
            }
        }
        return null;
    }
}
