package dev.newsdesk.core.analysis.impact;

/**
 * What one lexicon word or phrase means; a term may play several roles ("growth" is a rise, "record" an intensifier
 * that also marks a high magnitude). Zero, false and null mean "no such role".
 *
 * @param metric      +1 for a quantity investors want up (profit, sales), -1 for one they want down (losses, debt)
 * @param state       the weight of merely mentioning the metric when no change word attaches to it ("a net loss")
 * @param change      +1 a word of increase, -1 a word of decrease
 * @param changeWeight how strongly the change word counts
 * @param needsMetric the change word only counts with a metric next to it ("up", "lower", "cut")
 * @param event       the signed weight of an event word (bankruptcy -1, contract awarded +0.8)
 * @param negator     flips the cues that follow within the clause ("not", "failed to")
 * @param clause      {@link #CONTRAST} ("but") or {@link #CONCESSION} ("although"), else 0
 * @param intensity   a multiplier for cues next to it: above 1 intensifies ("sharply"), below 1 hedges ("slightly")
 * @param magnitude   the magnitude the word implies, or null
 * @param scale       the multiplier of a number before it ("bn" 1e9), or 0
 * @param sector      the sector the word points to, or null
 * @param asset       the asset the word names ("Bitcoin"), or null
 * @param ignore      a phrase that only stops its words from being read alone ("set up", "up to")
 */
record Term(int metric, double state, int change, double changeWeight, boolean needsMetric, double event,
            boolean negator, int clause, double intensity, Magnitude magnitude, double scale, Sector sector,
            String asset, boolean ignore) {
    static final int CONTRAST = 1;
    static final int CONCESSION = 2;
    static final Term NONE = new Term(0, 0, 0, 0, false, 0, false, 0, 1, null, 0, null, null, false);

    Term withMetric(int polarity) {
        return new Term(polarity, state, change, changeWeight, needsMetric, event, negator, clause, intensity,
                magnitude, scale, sector, asset, ignore);
    }

    Term withState(double s) {
        return new Term(metric, s, change, changeWeight, needsMetric, event, negator, clause, intensity, magnitude,
                scale, sector, asset, ignore);
    }

    Term withChange(int dir, double weight, boolean needs) {
        return new Term(metric, state, dir, weight, needs, event, negator, clause, intensity, magnitude, scale, sector,
                asset, ignore);
    }

    Term withEvent(double weight) {
        return new Term(metric, state, change, changeWeight, needsMetric, weight, negator, clause, intensity,
                magnitude, scale, sector, asset, ignore);
    }

    Term withNegator() {
        return new Term(metric, state, change, changeWeight, needsMetric, event, true, clause, intensity, magnitude,
                scale, sector, asset, ignore);
    }

    Term withClause(int c) {
        return new Term(metric, state, change, changeWeight, needsMetric, event, negator, c, intensity, magnitude,
                scale, sector, asset, ignore);
    }

    Term withIntensity(double i) {
        return new Term(metric, state, change, changeWeight, needsMetric, event, negator, clause, i, magnitude, scale,
                sector, asset, ignore);
    }

    Term withMagnitude(Magnitude m) {
        return new Term(metric, state, change, changeWeight, needsMetric, event, negator, clause, intensity, m, scale,
                sector, asset, ignore);
    }

    Term withScale(double s) {
        return new Term(metric, state, change, changeWeight, needsMetric, event, negator, clause, intensity, magnitude,
                s, sector, asset, ignore);
    }

    Term withSector(Sector s, String a) {
        return new Term(metric, state, change, changeWeight, needsMetric, event, negator, clause, intensity, magnitude,
                scale, s, a, ignore);
    }

    Term withIgnore() {
        return new Term(metric, state, change, changeWeight, needsMetric, event, negator, clause, intensity, magnitude,
                scale, sector, asset, true);
    }

    /** Whether the term says anything about direction (a metric, a change, an event or a negator). */
    boolean directional() {
        return metric != 0 || change != 0 || event != 0 || negator || state != 0;
    }
}
