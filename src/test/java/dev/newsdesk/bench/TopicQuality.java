package dev.newsdesk.bench;

import dev.newsdesk.core.analysis.query.MatchDocument;
import dev.newsdesk.core.analysis.topic.LabelledSet;
import dev.newsdesk.core.analysis.topic.TopicClassifier;
import dev.newsdesk.core.analysis.topic.TopicScoring;
import dev.newsdesk.core.analysis.watch.WatchMatcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Topic quality of the built-in topic queries on the labelled sets (precision, recall, F1 per topic: tuning part,
 * held-out part, all), and the speed of matching: tokenising a 3 KB article once, then all built-in topics and
 * three watch terms, single thread, after warm-up. Articles come from the shared corpus (FRANK article texts) when
 * {@code -Dnewsdesk.corpus} points at it, else from the labelled leads repeated to 3 KB.
 */
public final class TopicQuality {
    private TopicQuality() {
    }

    public static void main(String[] args) throws IOException {
        TopicClassifier classifier = TopicScoring.defaults();
        List<LabelledSet.Example> real = LabelledSet.read("/topics/labelled.tsv");
        System.out.print(TopicScoring.report("real headlines (labelled.tsv)", real, classifier));
        if (List.of(args).contains("--errors")) {
            // Only the tuning part: the held-out examples stay unseen while the queries are tuned.
            for (LabelledSet.Example e : real) {
                List<String> got = classifier.topicsOf(TopicScoring.document(e));
                if (!e.heldOut() && !got.containsAll(e.labels()) || !e.heldOut() && !e.labels().containsAll(got)) {
                    System.out.println("  " + e.id() + " want=" + e.labels() + " got=" + got + " | " + e.title()
                            + " | " + e.lead().substring(0, Math.min(160, e.lead().length())));
                }
            }
        }
        System.out.println();
        List<LabelledSet.Example> constructed = LabelledSet.read("/topics/constructed.tsv");
        System.out.print(TopicScoring.table("constructed examples (constructed.tsv, not real; sanity check only)",
                LabelledSet.score(constructed, e -> true, e -> classifier.topicsOf(TopicScoring.document(e))),
                constructed.size()));
        System.out.println();
        speed(classifier, articles(real));
    }

    private static void speed(TopicClassifier classifier, List<String[]> articles) {
        WatchMatcher watch = WatchMatcher.of(List.of("BRICS", "Nvidia|NVDA", "Bitcoin|BTC"));
        long sink = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int n = 0;
            long tokenNanos = 0;
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (String[] a : articles) {
                    long t0 = System.nanoTime();
                    MatchDocument d = MatchDocument.of(a[0], a[1], "bench", "Bench");
                    tokenNanos += System.nanoTime() - t0;
                    sink += classifier.topicsOf(d).size() + watch.hits(d).size();
                    n++;
                }
            }
            double secs = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // CPU time is the fairer figure on a shared machine: wall time includes waiting for a core.
            System.out.printf("round %d: %,d documents, wall %.2f s = %,.0f documents/s; thread CPU %.2f s = "
                            + "%,.0f documents/s (%.1f µs each); tokenising %.1f µs wall%n", round + 1, n, secs,
                    n / secs, cpu, n / cpu, cpu * 1e6 / n, tokenNanos / 1e3 / n);
        }
        System.out.println("(checksum " + sink + ", " + articles.size() + " distinct articles, mean "
                + articles.stream().mapToInt(a -> a[1].length()).sum() / articles.size() + " chars of text)");
    }

    /** About 3 KB texts: FRANK article bodies cut to 3,000 characters, or labelled leads repeated. */
    private static List<String[]> articles(List<LabelledSet.Example> real) throws IOException {
        List<String[]> out = new ArrayList<>();
        String corpus = System.getProperty("newsdesk.corpus");
        Path dir = corpus == null ? null : Path.of(corpus, "frank-summarization", "articles");
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().limit(200).toList()) {
                    String json = Files.readString(p, StandardCharsets.UTF_8);
                    int key = json.indexOf("\"article\":");
                    int i = key < 0 ? -1 : json.indexOf('"', key + 10) + 1;
                    if (i <= 0) {
                        continue;
                    }
                    String body = json.substring(i, Math.min(json.length(), i + 3000));
                    out.add(new String[]{"Headline " + out.size(), body.replace("\\n", " ")});
                }
            }
        }
        if (out.isEmpty()) {
            System.out.println("(no corpus at -Dnewsdesk.corpus: using labelled leads repeated to 3 KB)");
            for (LabelledSet.Example e : real) {
                StringBuilder sb = new StringBuilder();
                while (sb.length() < 3000) {
                    sb.append(e.lead()).append(' ');
                }
                out.add(new String[]{e.title(), sb.substring(0, 3000)});
            }
        }
        return out;
    }
}
