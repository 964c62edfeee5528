package dev.newsdesk.bench;

import dev.newsdesk.adapter.extract.ArticleExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Extraction quality and speed, newsdesk beside Readability4J 1.0.8 (the Java port of Readability) in the same run:
 * <ul>
 *   <li>article-extraction-benchmark: P, R, F1 and accuracy with the benchmark's own shingle metric
 *       ({@link ExtractionMetric}), and mean/p50/p95 ms per page after a warm-up pass;</li>
 *   <li>readability-test-pages: the share of pages whose token-level F1 against expected.html's text is at least
 *       0.9, and the mean token F1.</li>
 * </ul>
 * The metric is checked first against upstream's stored trafilatura output (SOURCE.md gives 0.962 on this part).
 * {@code -Dworst=N} also lists newsdesk's N worst benchmark pages. Run with {@code bench/extraction.sh}.
 */
public final class ExtractionQuality {

    private ExtractionQuality() {
    }

    /** An extractor under test: (html, url) to text; may throw, which counts as a failure with empty text. */
    private record Tool(String name, BiFunction<String, String, String> run) {
    }

    public static void main(String[] args) {
        Path root = ExtractionCorpus.root();
        if (root == null) {
            System.out.println("extraction quality: corpus not found (set -Dnewsdesk.corpus=DIR); skipped");
            return;
        }
        List<ExtractionCorpus.Page> bench = ExtractionCorpus.benchmark(root);
        List<ExtractionCorpus.Page> rtp = ExtractionCorpus.readability(root);
        checkMetric(root, bench);
        ArticleExtractor newsdesk = new ArticleExtractor();
        List<Tool> tools = List.of(
                new Tool("newsdesk", (html, url) -> newsdesk.extract(html, url).text()),
                new Tool("readability4j", (html, url) ->
                        new net.dankito.readability4j.Readability4J(url == null ? "" : url, html).parse()
                                .getTextContent()));
        int worst = Integer.getInteger("worst", 0);
        System.out.printf("article-extraction-benchmark: %d pages; readability-test-pages: %d pages%n",
                bench.size(), rtp.size());
        System.out.printf("%-14s %6s %6s %6s %6s %9s %8s %8s %6s | %9s %9s %6s%n", "tool", "P", "R", "F1", "acc",
                "mean ms", "p50 ms", "p95 ms", "fails", "rtp>=0.9", "rtp mean", "fails");
        for (Tool tool : tools) {
            run(tool, bench, true); // warm-up: JIT and class loading out of the timed pass
            Result b = run(tool, bench, false);
            Result r = run(tool, rtp, false);
            ExtractionMetric metric = new ExtractionMetric();
            List<double[]> perPage = new ArrayList<>();
            for (int i = 0; i < bench.size(); i++) {
                ExtractionMetric.PageScore s = metric.add(bench.get(i).expected(), b.texts[i]);
                perPage.add(new double[] {i, s.precision(), s.recall(), s.f1()});
            }
            ExtractionMetric.Totals t = metric.totals();
            int atLeast = 0;
            double sum = 0;
            for (int i = 0; i < rtp.size(); i++) {
                double f = ExtractionMetric.tokenF1(rtp.get(i).expected(), r.texts[i]);
                sum += f;
                atLeast += f >= 0.9 ? 1 : 0;
            }
            double[] ms = b.millis.clone();
            Arrays.sort(ms);
            System.out.printf("%-14s %6.3f %6.3f %6.3f %6.3f %9.2f %8.2f %8.2f %6d | %4d/%-4d %9.3f %6d%n",
                    tool.name(), t.precision(), t.recall(), t.f1(), t.accuracy(), Arrays.stream(ms).average().orElse(0),
                    percentile(ms, 0.5), percentile(ms, 0.95), b.failures, atLeast, rtp.size(),
                    rtp.isEmpty() ? 0 : sum / rtp.size(), r.failures);
            if (tool.name().equals("newsdesk") && worst > 0) {
                perPage.sort(Comparator.comparingDouble(a -> a[3]));
                for (double[] w : perPage.subList(0, Math.min(worst, perPage.size()))) {
                    ExtractionCorpus.Page p = bench.get((int) w[0]);
                    System.out.printf("   worst: F1 %.3f P %.3f R %.3f %s %s%n", w[3], w[1], w[2], p.id(), p.url());
                }
            }
            if (b.firstError != null) {
                System.out.println("   " + tool.name() + " first error: " + b.firstError);
            }
        }
    }

    private record Result(String[] texts, double[] millis, int failures, String firstError) {
    }

    private static Result run(Tool tool, List<ExtractionCorpus.Page> pages, boolean warmUp) {
        String[] texts = new String[pages.size()];
        double[] millis = new double[pages.size()];
        int failures = 0;
        String firstError = null;
        for (int i = 0; i < pages.size(); i++) {
            ExtractionCorpus.Page p = pages.get(i);
            long start = System.nanoTime();
            try {
                texts[i] = tool.run().apply(p.html(), p.url());
            } catch (RuntimeException | LinkageError e) {
                // Readability4J was built against jsoup 1.11; a page it cannot handle counts as empty output
                texts[i] = "";
                failures++;
                firstError = firstError == null ? p.id() + ": " + e : firstError;
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Result(texts, millis, warmUp ? 0 : failures, firstError);
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Scores upstream's stored trafilatura output: the figure must equal SOURCE.md's (0.962/0.950/0.975/0.296). */
    private static void checkMetric(Path root, List<ExtractionCorpus.Page> bench) {
        for (String tool : List.of("trafilatura", "readability_js")) {
            Map<String, String> stored = ExtractionCorpus.storedOutput(root, tool);
            if (stored.isEmpty()) {
                continue;
            }
            ExtractionMetric m = new ExtractionMetric();
            for (ExtractionCorpus.Page p : bench) {
                m.add(p.expected(), stored.getOrDefault(p.id(), ""));
            }
            System.out.println("metric check, stored " + tool + " output: " + m.totals());
        }
    }
}
