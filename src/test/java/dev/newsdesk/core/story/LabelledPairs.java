package dev.newsdesk.core.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The labelled pairs in {@code src/test/resources/stories/pairs.tsv} and how the grouper does on them. */
final class LabelledPairs {
    static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC);

    record Pair(boolean same, String origin, String titleA, String leadA, String titleB, String leadB) {
        /** "hand", "frank-cnndm", "frank-xsum", "frank-refs". */
        String kind() {
            int colon = origin.indexOf(':');
            return colon < 0 ? origin : origin.substring(0, colon);
        }
    }

    /** Counts of one evaluation. */
    record Score(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        Score plus(boolean same, boolean grouped) {
            return new Score(tp + (same && grouped ? 1 : 0), fp + (!same && grouped ? 1 : 0),
                    fn + (same && !grouped ? 1 : 0), tn + (!same && !grouped ? 1 : 0));
        }

        @Override
        public String toString() {
            return String.format("precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)",
                    precision(), recall(), tp, fp, fn, tn);
        }
    }

    static List<Pair> load() {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = LabelledPairs.class.getResourceAsStream("/stories/pairs.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("pairs.tsv: 6 fields expected: " + line);
                }
                pairs.add(new Pair(f[0].equals("same"), f[1], f[2], f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    /** Whether a fresh grouper puts B into A's story (two outlets, one hour apart). */
    static boolean grouped(Pair p, StorySettings settings) {
        StoryGrouper g = new StoryGrouper(settings, CLOCK);
        g.add(new StoryCandidate("a", "outlet-a", p.titleA(), p.leadA(), T0));
        return !g.add(new StoryCandidate("b", "outlet-b", p.titleB(), p.leadB(), T0.plusSeconds(3600))).newStory();
    }

    /** Scores per kind of origin, plus "all" and "hand+refs" (the headline-like pairs). */
    static Map<String, Score> evaluate(List<Pair> pairs, StorySettings settings) {
        Map<String, Score> scores = new TreeMap<>();
        for (Pair p : pairs) {
            boolean g = grouped(p, settings);
            scores.merge(p.kind(), new Score(0, 0, 0, 0).plus(p.same(), g), LabelledPairs::sum);
            scores.merge("all", new Score(0, 0, 0, 0).plus(p.same(), g), LabelledPairs::sum);
            if (!p.kind().equals("frank-cnndm") && !p.kind().equals("frank-xsum")) {
                scores.merge("headlines", new Score(0, 0, 0, 0).plus(p.same(), g), LabelledPairs::sum);
            }
        }
        return scores;
    }

    private static Score sum(Score a, Score b) {
        return new Score(a.tp() + b.tp(), a.fp() + b.fp(), a.fn() + b.fn(), a.tn() + b.tn());
    }

    private LabelledPairs() {
    }
}
