package dev.newsdesk.core.analysis.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The labelled headlines in {@code src/test/resources/topics/*.tsv}: id, source, title, lead, labels (comma-separated
 * topic ids). Lines starting with {@code #} are comments; the first other line is the header.
 */
public final class LabelledSet {
    /** The topics every example is labelled for, in report order. */
    public static final List<String> TOPICS =
            List.of("ai-alliances", "market-impact", "ai-policy", "crypto", "chips", "geopolitics");

    /** One labelled example; {@code index} is its 0-based position in the file. */
    public record Example(int index, String id, String source, String title, String lead, Set<String> labels) {
        /** Every 4th example is held out of tuning. */
        public boolean heldOut() {
            return index % 4 == 3;
        }
    }

    private LabelledSet() {
    }

    /** Reads a TSV resource such as {@code /topics/labelled.tsv}. */
    public static List<Example> read(String resource) {
        InputStream in = LabelledSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("labelled set: no resource " + resource);
        }
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                if (s.startsWith("#") || s.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = s.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(resource + ":" + line + ": expected 5 columns, found " + f.length);
                }
                Set<String> labels = f[4].isBlank() ? Set.of() : Set.of(f[4].split(","));
                for (String l : labels) {
                    if (!TOPICS.contains(l)) {
                        throw new IllegalStateException(resource + ":" + line + ": unknown topic " + l);
                    }
                }
                out.add(new Example(out.size(), f[0], f[1], f[2], f[3], labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Precision, recall and F1 of one topic over some examples. */
    public record Score(String topic, int truePositives, int falsePositives, int falseNegatives) {
        public int positives() {
            return truePositives + falseNegatives;
        }

        /** TP / (TP + FP); 1 when nothing was predicted (no false alarm was raised). */
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        /** TP / (TP + FN); NaN when the examples hold no positive. */
        public double recall() {
            return positives() == 0 ? Double.NaN : (double) truePositives / positives();
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores each topic over the examples that pass the filter, with the classifier's answer per example. */
    public static Map<String, Score> score(List<Example> examples, Predicate<Example> filter,
                                           Function<Example, List<String>> classify) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        TOPICS.forEach(t -> counts.put(t, new int[3]));
        for (Example e : examples) {
            if (!filter.test(e)) {
                continue;
            }
            List<String> got = classify.apply(e);
            for (String t : TOPICS) {
                boolean want = e.labels().contains(t);
                boolean has = got.contains(t);
                int[] c = counts.get(t);
                if (want && has) {
                    c[0]++;
                } else if (has) {
                    c[1]++;
                } else if (want) {
                    c[2]++;
                }
            }
        }
        Map<String, Score> out = new LinkedHashMap<>();
        counts.forEach((t, c) -> out.put(t, new Score(t, c[0], c[1], c[2])));
        return out;
    }
}
