package dev.newsdesk.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring of scrapinghub's article-extraction-benchmark, re-implemented from its description (corpus SOURCE.md):
 * both texts tokenised with {@code \w+} (Unicode), each turned into a multiset of 4-token shingles (a text shorter
 * than 4 tokens is one shingle of all its tokens, so an empty text is one empty shingle, as upstream); per page TP,
 * FP, FN normalised to sum 1; P and R are means of per-page precision and recall, F1 = 2PR/(P+R) of the means.
 * Accuracy is the share of pages whose token lists are equal.
 */
public final class ExtractionMetric {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double precisionSum;
    private double recallSum;
    private int exact;
    private int pages;

    /** One page's figures. */
    public record PageScore(double precision, double recall, boolean exact) {
        /** The page's own F1 (0 when precision and recall are both 0). */
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** The totals over the pages added so far. */
    public record Totals(double precision, double recall, double f1, double accuracy, int pages) {
        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f acc=%.3f (%d pages)", precision, recall, f1, accuracy, pages);
        }
    }

    /** Scores one page (expected vs predicted; null counts as empty) and adds it to the totals. */
    public PageScore add(String expected, String predicted) {
        PageScore s = score(expected, predicted);
        precisionSum += s.precision();
        recallSum += s.recall();
        exact += s.exact() ? 1 : 0;
        pages++;
        return s;
    }

    /** Precision and recall means and F1 of the means; all zero before the first page. */
    public Totals totals() {
        if (pages == 0) {
            return new Totals(0, 0, 0, 0, 0);
        }
        double p = precisionSum / pages;
        double r = recallSum / pages;
        return new Totals(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), (double) exact / pages, pages);
    }

    /** One page's shingle precision and recall (1.0 where the denominator is empty). */
    public static PageScore score(String expected, String predicted) {
        List<String> t = tokens(expected);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> ts = shingles(t);
        Map<List<String>, Integer> ps = shingles(p);
        long tp = 0;
        long fp = 0;
        for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
            int inTrue = ts.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTrue, e.getValue());
            fp += Math.max(0, e.getValue() - inTrue);
        }
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : ts.entrySet()) {
            fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        }
        // normalising TP/FP/FN to sum 1 does not change the ratios below
        double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        return new PageScore(precision, recall, t.equals(p));
    }

    /**
     * Token-level F1 of a predicted text against an expected one: the bags of {@code \w+} tokens (lower-cased)
     * compared as multisets; 1.0 when both are empty, 0 when only one is.
     */
    public static double tokenF1(String expected, String predicted) {
        Map<String, Integer> t = bag(expected);
        Map<String, Integer> p = bag(predicted);
        long nt = t.values().stream().mapToLong(Integer::longValue).sum();
        long np = p.values().stream().mapToLong(Integer::longValue).sum();
        if (nt == 0 && np == 0) {
            return 1.0;
        }
        long common = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            common += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / np;
        double recall = (double) common / nt;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String tok : tokens(text)) {
            out.merge(tok.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }

    /** The {@code \w+} tokens of a text (none for null). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            out.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return out;
    }
}
