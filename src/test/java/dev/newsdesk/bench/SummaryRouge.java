package dev.newsdesk.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE F1 as the summary benchmark computes it: lower-case words (runs of letters and digits), no stemming;
 * n-gram F1 with clipped counts; L = longest common subsequence of the two whole token sequences.
 */
public final class SummaryRouge {
    private SummaryRouge() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        return out;
    }

    public static double ngramF1(List<String> cand, List<String> ref, int n) {
        Map<String, Integer> r = grams(ref, n);
        Map<String, Integer> c = grams(cand, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        int cn = Math.max(0, cand.size() - n + 1);
        int rn = Math.max(0, ref.size() - n + 1);
        return f1(overlap, cn, rn);
    }

    public static double lcsF1(List<String> cand, List<String> ref) {
        int m = cand.size();
        int n = ref.size();
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                cur[j] = cand.get(i - 1).equals(ref.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return f1(prev[n], m, n);
    }

    private static double f1(int overlap, int candTotal, int refTotal) {
        if (overlap == 0 || candTotal == 0 || refTotal == 0) {
            return 0;
        }
        double p = (double) overlap / candTotal;
        double r = (double) overlap / refTotal;
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> grams(List<String> t, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            m.merge(String.join(" ", t.subList(i, i + n)), 1, Integer::sum);
        }
        return m;
    }
}
