package dev.newsdesk.core.analysis.text;

/**
 * A light English suffix stripper ("markets" → "market", "expected" → "expect", "rallied" → "rally"). Not Porter: it
 * only folds the inflections that make the same word look different between sentences, which is what overlap and
 * support checks need, and it costs a few character comparisons per word.
 */
public final class Stemmer {
    private Stemmer() {
    }

    /** The stem of a lower-case word; words of four letters or fewer, and null, come back unchanged. */
    public static String stem(String w) {
        if (w == null || w.length() <= 4) {
            return w;
        }
        int n = w.length();
        if (w.endsWith("ies") && n > 5) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("ied") && n > 5) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ing") && n > 6) {
            return undouble(w.substring(0, n - 3));
        }
        if (w.endsWith("ed") && n > 5 && !w.endsWith("eed")) {
            return undouble(w.substring(0, n - 2));
        }
        if (w.endsWith("ly") && n > 5) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("es") && n > 5 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (w.charAt(n - 1) == 's' && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** "runn" → "run", "stopp" → "stop"; keeps "ll", "ss" and "zz", which are part of the word ("sell", "pass"). */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2)) {
            char c = s.charAt(n - 1);
            if (c != 'l' && c != 's' && c != 'z' && Character.isLetter(c) && "aeiou".indexOf(c) < 0) {
                return s.substring(0, n - 1);
            }
        }
        return s;
    }
}
