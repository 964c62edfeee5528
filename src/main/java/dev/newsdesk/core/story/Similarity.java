package dev.newsdesk.core.story;

/**
 * How alike two items are, in [0, 1]: the weighted cosine of their title word sets, blended with that of title and
 * lead when both have a lead. Vetoes keep apart headlines that share most words but report different events: each
 * title has a number the other item never mentions ("Q2 ... $30bn" against "Q3 ... $35.1bn"); each title has a
 * name the other item never mentions ("Hurricane Milton" against "Hurricane Helene"); or both titles have a
 * direction, or a decision, and none in common ("raises" against "holds", "approves" against "vetoes").
 */
final class Similarity {
    /** Share of the title in the blend when both items have a lead: titles carry the event, leads the detail. */
    static final double TITLE_SHARE = 0.6;

    private Similarity() {
    }

    static double score(TextFeatures a, TextFeatures b) {
        if (vetoed(a, b)) {
            return 0;
        }
        double title = cosine(a.title(), a.titleW(), b.title(), b.titleW(), a.titleNorm() * b.titleNorm());
        if (!a.hasLead() || !b.hasLead()) {
            return title;
        }
        double full = cosine(a.full(), a.fullW(), b.full(), b.fullW(), a.fullNorm() * b.fullNorm());
        return TITLE_SHARE * title + (1 - TITLE_SHARE) * full;
    }

    static boolean vetoed(TextFeatures a, TextFeatures b) {
        if (stranger(a.numbers(), b.full()) && stranger(b.numbers(), a.full())) {
            return true; // "Q2 revenue $30bn" against "Q3 revenue $35.1bn"
        }
        if (stranger(a.names(), b.full()) && stranger(b.names(), a.full())) {
            return true; // "Hurricane Milton" against "Hurricane Helene", "Nvidia ..." against "Microsoft ..."
        }
        return clash(a.direction(), b.direction(), Lexicon.DIRECTIONS)
                || clash(a.direction(), b.direction(), Lexicon.DECISIONS);
    }

    /** Both say something in the class, and nothing in common. */
    private static boolean clash(int a, int b, int cls) {
        return (a & cls) != 0 && (b & cls) != 0 && (a & b & cls) == 0;
    }

    /** Some of {@code terms} (non-empty) appears nowhere in {@code text}. */
    private static boolean stranger(int[] terms, int[] text) {
        for (int t : terms) {
            if (java.util.Arrays.binarySearch(text, t) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Weighted cosine of two sets given the product of their norms; 0 when either is empty. Arrays sorted. */
    static double cosine(int[] a, float[] aw, int[] b, float[] bw, double norms) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        double shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared += (double) aw[i] * bw[j];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared == 0 ? 0 : shared / norms;
    }

}
