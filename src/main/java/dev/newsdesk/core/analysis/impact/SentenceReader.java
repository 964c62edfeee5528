package dev.newsdesk.core.analysis.impact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the cues of one sentence: a change word applied to the metric it is about ("operating loss narrowed" is a
 * fall of a quantity investors want down: positive), two figures compared ("EUR 5 mn, up from EUR 4 mn", "from 5.7 %
 * to 2.4 %", "EUR 5 mn (EUR 4 mn)"), events ("bankruptcy", "contract awarded"), a metric whose mere mention counts
 * ("a net loss"), negation ("did not"), contrast ("but" weighs more) and concession ("although" weighs less).
 * Every step looks at a bounded window, so the whole reading is linear in the sentence length.
 */
final class SentenceReader {
    /** How far a change word looks back for its metric ("Net sales in the third quarter rose"). */
    private static final int BACK = 8;
    /** How far it looks ahead ("an increase in net sales", "cut its costs"). */
    private static final int AHEAD = 4;
    /** How many words after a negator it reaches ("did not see any growth"). */
    private static final int NEGATION_REACH = 5;
    /** A change word without its metric counts this much: "rose 5 %" is probably the share price. */
    private static final double BARE_CHANGE = 0.7;
    /** A compared pair of figures counts this much for the metric before it. */
    private static final double FIGURES = 0.9;
    /** Words that cost nothing when looking ahead from a change word for its metric. */
    private static final Set<String> FILLERS = Set.of("its", "their", "the", "a", "an", "in", "of", "for", "on",
            "his", "her", "our", "this", "these", "that", "total", "group", "company", "quarterly", "annual",
            "full", "year", "fiscal", "whole", "own", "overall", "global", "its own");
    /** Words that end the search ahead: what follows them is another thing ("rallied after inflation eased"). */
    private static final Set<String> STOPS = Set.of("after", "as", "because", "due", "since", "thanks", "amid",
            "following", "while", "when", "and", "or", "with", "by", "to", "from", "than", "at", "despite");
    /** Evidence kept per sentence; the score counts every cue. */
    private static final int MAX_CUES = 16;
    /** Words after which a figure or a state is the earlier one ("from a loss", "compared with EUR 4 mn"). */
    private static final Set<String> PRIOR = Set.of("from", "compared", "versus", "vs", "against");

    private final Units u;
    private final double[] clauseWeight;
    private final boolean[] negated;
    private final boolean[] metricUsed;
    private double sum;
    private Magnitude wordMagnitude;
    private boolean hedged;
    private double numericChange = -1;
    private final List<String> cues = new ArrayList<>();

    private SentenceReader(Units u) {
        this.u = u;
        clauseWeight = new double[u.size];
        negated = new boolean[u.size];
        metricUsed = new boolean[u.size];
    }

    static SentenceImpact read(Units u, double threshold) {
        SentenceReader r = new SentenceReader(u);
        r.clauses();
        r.changes();
        r.figures();
        r.states();
        r.events();
        return r.result(threshold);
    }

    /** Contrast ("but") raises what follows; concession ("although", "despite") lowers its own clause. */
    private void clauses() {
        double after = 1;
        boolean conceding = false;
        int lastNegator = -100;
        for (int i = 0; i < u.size; i++) {
            Term t = u.terms[i];
            if (u.kinds[i] == Units.BREAK) {
                conceding = false;
                lastNegator = -100;
            } else if (t != null && t.clause() == Term.CONTRAST) {
                after = 1.5;
                conceding = false;
            } else if (t != null && t.clause() == Term.CONCESSION) {
                conceding = true;
            }
            clauseWeight[i] = conceding ? after * 0.5 : after;
            if (t != null && t.negator()) {
                lastNegator = i;
            } else {
                negated[i] = i - lastNegator <= NEGATION_REACH;
            }
        }
    }

    /** Each change word with the metric it is about. */
    private void changes() {
        int[] target = new int[u.size];
        boolean[] claimed = new boolean[u.size];
        for (int i = 0; i < u.size; i++) {
            target[i] = -1;
            if (isChange(i)) {
                int m = metricAhead(i);
                target[i] = m >= 0 ? m : metricBehind(i);
                if (target[i] >= 0) {
                    claimed[target[i]] = true;
                }
            }
        }
        for (int i = 0; i < u.size; i++) {
            Term t = u.terms[i];
            int m = target[i];
            // "growth slowed": growth is what slowed, not a rise of its own
            if (!isChange(i) || claimed[i] || m < 0 && t.needsMetric()) {
                continue;
            }
            int polarity = m >= 0 ? u.terms[m].metric() : (t.metric() != 0 ? t.metric() : 1);
            double w = t.changeWeight() * (m >= 0 ? 1 : BARE_CHANGE) * intensity(i, m);
            if (m >= 0) {
                metricUsed[m] = true;
            }
            if (t.metric() != 0) {
                metricUsed[i] = true;  // "growth" is its own metric when nothing else is
            }
            noteMagnitude(t);
            add(i, t.change() * polarity * w, u.texts[i] + (m >= 0 ? "\u2192" + u.texts[m] : ""));
        }
    }

    private boolean isChange(int i) {
        Term t = u.terms[i];
        return u.kinds[i] == Units.WORD && t != null && t.change() != 0 && !t.ignore();
    }

    private int metricAhead(int i) {
        int unknown = 0;
        for (int j = i + 1; j < u.size && j <= i + AHEAD; j++) {
            if (u.kinds[j] == Units.BREAK || u.kinds[j] == Units.OPEN) {
                return -1;
            }
            if (u.isMetric(j)) {
                return j;
            }
            if (u.kinds[j] == Units.NUMBER) {
                continue;
            }
            Term t = u.terms[j];
            if (t == null && STOPS.contains(u.texts[j])) {
                return -1;
            }
            if (t != null && t.directional()) {
                return -1;  // another cue: "rose, lifting sales" is not "rose sales"
            }
            if (t == null && !FILLERS.contains(u.texts[j]) && ++unknown > 1) {
                return -1;
            }
        }
        return -1;
    }

    private int metricBehind(int i) {
        // "EUR 5 mn, up from EUR 4 mn": a change word that opens its clause may reach over one break
        boolean mayCross = i > 0 && u.kinds[i - 1] == Units.BREAK;
        for (int j = i - 1; j >= 0 && j >= i - BACK - (mayCross ? 4 : 0); j--) {
            if (u.kinds[j] == Units.BREAK) {
                if (!mayCross || j != i - 1) {
                    return -1;
                }
                continue;
            }
            if (u.isMetric(j)) {
                return j;
            }
            Term t = u.terms[j];
            if (t != null && t.change() != 0 && !t.ignore()) {
                return -1;  // "costs rose and sales fell": sales belong to "fell" only
            }
        }
        return -1;
    }

    /** Intensifiers and hedges within two units of the change word or just before its metric. */
    private double intensity(int i, int m) {
        double f = 1;
        int from = Math.max(0, Math.min(i, m < 0 ? i : m) - 2);
        int to = Math.min(u.size - 1, i + 2);
        for (int j = from; j <= to; j++) {
            Term t = u.terms[j];
            if (t != null && t.intensity() != 1 && u.kinds[j] == Units.WORD) {
                f *= t.intensity();
                if (t.intensity() < 1) {
                    hedged = true;
                } else {
                    noteMagnitude(t);
                }
            }
        }
        return Math.max(0.5, Math.min(1.6, f));
    }

    /**
     * Two figures compared: "from A to B", "B, up from A", "B compared with A", "B (A)". The direction of the figures
     * counts for the metric before them when no change word already spoke for it; their size always gives magnitude.
     */
    private void figures() {
        for (int j = 0; j < u.size; j++) {
            boolean open = u.kinds[j] == Units.OPEN;
            if (!open && !(u.kinds[j] == Units.WORD && PRIOR.contains(u.texts[j]))) {
                continue;
            }
            int a = numberAhead(j, open ? 3 : 4);
            if (a < 0) {
                continue;
            }
            if (open && a + 1 < u.size && isYear(a)) {
                int next = numberAhead(a, 3);  // "(2007: EUR 4 mn)"
                if (next < 0) {
                    continue;
                }
                a = next;
            }
            int b = -1;
            if (u.isWord(j, "from")) {
                for (int k = a + 1; k < u.size && k <= a + 4; k++) {
                    if (u.isWord(k, "to")) {
                        b = numberAhead(k, 3);
                        break;
                    }
                }
            }
            int oldIdx = a;
            int newIdx = b;
            if (b < 0) {
                newIdx = numberBehind(j, 6);
            }
            if (newIdx < 0 || u.percent[oldIdx] != u.percent[newIdx] || isYear(oldIdx) || isYear(newIdx)) {
                continue;
            }
            double before = u.values[oldIdx];
            double now = u.values[newIdx];
            if (before == now || before <= 0 && !u.percent[oldIdx]) {
                continue;
            }
            double rel = Math.abs(now - before) / Math.max(Math.abs(before), 1e-9);
            numericChange = Math.max(numericChange, u.percent[oldIdx] ? Math.abs(now - before) / 100 * 3 : rel);
            int m = metricBefore(Math.min(oldIdx, newIdx));
            if (m >= 0 && !metricUsed[m]) {
                metricUsed[m] = true;
                add(Math.min(oldIdx, newIdx), Math.signum(now - before) * u.terms[m].metric() * FIGURES,
                        fmt(before) + "\u2192" + fmt(now) + " " + u.texts[m]);
            }
        }
    }

    private int numberAhead(int j, int reach) {
        for (int k = j + 1; k < u.size && k <= j + reach; k++) {
            if (u.kinds[k] == Units.NUMBER) {
                return k;
            }
            if (u.kinds[k] == Units.BREAK || u.kinds[k] == Units.WORD && u.terms[k] != null
                    && u.terms[k].directional()) {
                return -1;
            }
        }
        return -1;
    }

    private int numberBehind(int j, int reach) {
        for (int k = j - 1; k >= 0 && k >= j - reach; k--) {
            if (u.kinds[k] == Units.NUMBER) {
                return k;
            }
        }
        return -1;
    }

    private int metricBefore(int j) {
        for (int k = j - 1; k >= 0 && k >= j - 12; k--) {
            if (u.isMetric(k)) {
                return k;
            }
        }
        return -1;
    }

    /** 2007 alone is a year; 2,007 mn or 2007 % is a figure. */
    private boolean isYear(int k) {
        double v = u.values[k];
        return !u.percent[k] && !u.scaled[k] && v >= 1950 && v <= 2100 && v == Math.rint(v);
    }

    /** A metric nobody changed that says something by being there: "a net loss"; "from a loss" says the opposite. */
    private void states() {
        for (int i = 0; i < u.size; i++) {
            Term t = u.terms[i];
            if (t == null || t.state() == 0 || metricUsed[i] || u.kinds[i] != Units.WORD) {
                continue;
            }
            double w = t.state() * intensity(i, -1);
            for (int k = i - 1; k >= 0 && k >= i - 3 && u.kinds[k] == Units.WORD; k--) {
                if (PRIOR.contains(u.texts[k]) || u.isWord(k, "than")) {
                    // "a profit, compared with a loss": last year's loss makes this year better; but "a loss,
                    // compared with a loss" says nothing by itself (the figures or a change word do)
                    int m = metricBefore(k);
                    w = m >= 0 && Math.signum(u.terms[m].metric()) == Math.signum(t.state()) ? 0 : -w * 1.5;
                    break;
                }
                if (u.terms[k] != null && u.terms[k].directional()) {
                    break;
                }
            }
            if (w != 0) {
                add(i, w, u.texts[i]);
            }
        }
    }

    private void events() {
        for (int i = 0; i < u.size; i++) {
            Term t = u.terms[i];
            if (t == null || t.event() == 0 || u.kinds[i] != Units.WORD) {
                continue;
            }
            noteMagnitude(t);
            double w = t.event() * intensity(i, -1);
            if (w > 0 && amountNear(i)) {
                w *= 1.4;  // "a USD 12 bn agreement": a deal with a figure is a deal that matters
            }
            add(i, w, u.texts[i]);
        }
    }

    private boolean amountNear(int i) {
        for (int k = Math.max(0, i - 4); k < u.size && k <= i + 4; k++) {
            if (u.kinds[k] == Units.NUMBER && u.scaled[k]) {
                return true;
            }
        }
        return false;
    }

    private void add(int at, double weight, String what) {
        double w = weight * clauseWeight[at];
        if (negated[at]) {
            // "no growth" is bad news; "no layoffs" is only mildly good news
            w = w > 0 ? -w : -w * 0.5;
        }
        sum += w;
        if (cues.size() < MAX_CUES) {
            cues.add(signed(w) + (negated[at] ? " not " : " ") + what);
        }
    }

    private void noteMagnitude(Term t) {
        if (t.magnitude() != null) {
            wordMagnitude = wordMagnitude == null ? t.magnitude() : wordMagnitude.max(t.magnitude());
        }
    }

    private SentenceImpact result(double threshold) {
        double score = Math.tanh(sum);
        Direction d = score >= threshold ? Direction.POSITIVE : score <= -threshold ? Direction.NEGATIVE
                : Direction.NEUTRAL;
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        Set<String> assets = new LinkedHashSet<>();
        for (int i = 0; i < u.size; i++) {
            Term t = u.terms[i];
            if (t != null && t.sector() != null) {
                sectors.add(t.sector());
                if (t.asset() != null) {
                    assets.add(t.asset());
                }
            }
        }
        Magnitude m = d == Direction.NEUTRAL ? Magnitude.LOW : magnitude();
        return new SentenceImpact(d, Math.max(-1, Math.min(1, score)), m, sectors, assets, cues);
    }

    /** Figures first (the largest percentage or relative change), then amounts, then words. */
    private Magnitude magnitude() {
        double pct = -1;
        boolean billions = false;
        for (int i = 0; i < u.size; i++) {
            if (u.kinds[i] != Units.NUMBER) {
                continue;
            }
            if (u.percent[i]) {
                pct = Math.max(pct, Math.abs(u.values[i]));
            } else if (u.scaled[i] && Math.abs(u.values[i]) >= 1e9) {
                billions = true;
            }
        }
        Magnitude m = Magnitude.LOW;
        if (numericChange >= 0) {
            m = m.max(numericChange > 0.10 ? Magnitude.HIGH : numericChange >= 0.03 ? Magnitude.MEDIUM
                    : Magnitude.LOW);
        } else if (pct >= 0) {
            m = m.max(pct > 10 ? Magnitude.HIGH : pct >= 3 ? Magnitude.MEDIUM : Magnitude.LOW);
        }
        if (billions) {
            m = m.max(Magnitude.MEDIUM);
        }
        if (wordMagnitude != null && !(hedged && numericChange < 0 && pct < 0)) {
            m = m.max(wordMagnitude);
        }
        return m;
    }

    /** "+0.76" without the cost of String.format: this runs for every cue of every sentence. */
    private static String signed(double w) {
        long hundredths = Math.round(Math.abs(w) * 100);
        long frac = hundredths % 100;
        return (w < 0 ? "-" : "+") + hundredths / 100 + (frac < 10 ? ".0" : ".") + frac;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
