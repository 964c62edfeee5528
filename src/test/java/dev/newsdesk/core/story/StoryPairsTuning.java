package dev.newsdesk.core.story;

import java.util.List;

/** Prints the scores of every labelled pair and a threshold sweep (a tuning aid, run by hand). */
final class StoryPairsTuning {
    public static void main(String[] args) {
        List<LabelledPairs.Pair> pairs = LabelledPairs.load();
        for (LabelledPairs.Pair p : pairs) {
            TextFeatures a = TextFeatures.of(p.titleA(), p.leadA());
            TextFeatures b = TextFeatures.of(p.titleB(), p.leadB());
            boolean veto = Similarity.vetoed(a, b);
            System.out.printf("%s %-12s %.3f %s %s | %s%n", p.same() ? "S" : "D", p.kind(), Similarity.score(a, b),
                    veto ? "VETO" : "", cut(p.titleA()), cut(p.titleB()));
        }
        for (double t = 0.25; t <= 0.71; t += 0.05) {
            System.out.printf("threshold %.2f: %s%n", t,
                    LabelledPairs.evaluate(pairs, StorySettings.DEFAULTS.withThresholds(t, 0.9)));
        }
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
