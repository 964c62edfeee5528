package dev.newsdesk.core.analysis.summary;

import dev.newsdesk.core.analysis.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks an article's own sentences: a position prior (news puts the point first), centrality (how much of the rest
 * of the article a sentence shares), overlap with the title, and a penalty for captions and fragments; then picks
 * greedily with maximal marginal relevance, so that no chosen sentence repeats another. The lead wins unless a later
 * sentence is clearly more central.
 *
 * <p>No I/O, no state: thread-safe. Work is linear in the text (the splitter's caps) plus a small quadratic term over
 * at most {@link #MAX_SENTENCES} sentences for the picks.
 */
public final class ExtractiveSummarizer implements Summarizer {
    /** Only the first this many sentences are candidates; news puts nothing essential later. */
    public static final int MAX_SENTENCES = 150;
    /** The most takeaways returned. */
    public static final int MAX_TAKEAWAYS = 5;
    /** The most what-to-watch sentences returned. */
    public static final int MAX_WATCH = 3;

    /**
     * How much each signal counts.
     *
     * @param position   weight of the position prior
     * @param decay      how fast the prior falls: sentence i gets 1 / (1 + decay * i)
     * @param centrality weight of centrality
     * @param title      weight of the share of title words a sentence contains
     * @param redundancy how much similarity to an already chosen sentence costs
     * @param duplicate  similarity (cosine of word sets) at or above which a sentence is never chosen next to another
     */
    public record Weights(double position, double decay, double centrality, double title, double redundancy,
                          double duplicate) {
        /** The weights measured best on news (bench SummaryQuality). */
        public static final Weights NEWS = new Weights(1.0, 0.5, 0.2, 0.1, 0.4, 0.6);
    }

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Weights weights;

    /** A summariser with the {@link Weights#NEWS} weights. */
    public ExtractiveSummarizer() {
        this(Weights.NEWS);
    }

    /** A summariser with the given weights (benchmarks and tuning). */
    public ExtractiveSummarizer(Weights weights) {
        this.weights = java.util.Objects.requireNonNull(weights, "weights");
    }

    /** The same as {@link #summarize(String, String)}: the extractive summariser remembers nothing. */
    @Override
    public Summary summarize(String contentHash, String title, String text) {
        return summarize(title, text);
    }

    /**
     * The summary (one sentence, or two when the best is short and the text long enough), up to five takeaways that
     * repeat neither the summary nor each other, and up to three forward-looking sentences.
     *
     * @return {@link Summary#empty()} for null or a text without sentences; a one-sentence text is its own summary
     */
    public Summary summarize(String title, String text) {
        return summarizeSentences(title, splitter.split(text));
    }

    /**
     * {@link #summarize(String, String)} for a text already split into sentences (the enrichment splits once and
     * shares the sentences with the other analyses).
     */
    public Summary summarizeSentences(String title, List<String> sentences) {
        Article a = Article.of(sentences, title, MAX_SENTENCES);
        int n = a.size();
        if (n == 0) {
            return Summary.empty();
        }
        double[] score = scores(a);
        int[] ranked = pick(a, score, Math.min(n, 2 + MAX_TAKEAWAYS));
        int inSummary = ranked.length >= 5 && a.wordCount(ranked[0]) < 25 ? 2 : 1;
        int[] summary = Arrays.copyOf(ranked, inSummary);
        int[] takeaways = Arrays.copyOfRange(ranked, inSummary, Math.min(ranked.length, inSummary + MAX_TAKEAWAYS));
        return new Summary(String.join(" ", a.sentences(summary)), a.sentences(takeaways),
                watch(a, score, summary));
    }

    /**
     * The {@code n} sentences that best sum up the text, in document order.
     *
     * @return fewer when the text has fewer (distinct) sentences; empty for null, blank text or n &lt; 1
     */
    public List<String> summarizeSentences(String title, String text, int n) {
        if (n < 1) {
            return List.of();
        }
        Article a = Article.of(splitter.split(text), title, MAX_SENTENCES);
        if (a.size() == 0) {
            return List.of();
        }
        return a.sentences(pick(a, scores(a), Math.min(n, a.size())));
    }

    private double[] scores(Article a) {
        int n = a.size();
        double[] central = a.centrality();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double pos = 1.0 / (1.0 + weights.decay() * i);
            s[i] = a.quality(i) * (weights.position() * pos + weights.centrality() * central[i]
                    + weights.title() * a.titleOverlap(i));
        }
        return s;
    }

    /**
     * Greedy maximal marginal relevance: up to k indices, best first, each the highest score minus the redundancy
     * weight times its highest similarity to those already picked; near-duplicates are never picked.
     */
    private int[] pick(Article a, double[] score, int k) {
        int n = a.size();
        boolean[] taken = new boolean[n];
        double[] maxSim = new double[n];
        int[] out = new int[k];
        int got = 0;
        while (got < k) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i] || maxSim[i] >= weights.duplicate()) {
                    continue;
                }
                double v = score[i] - weights.redundancy() * maxSim[i];
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            out[got++] = best;
            for (int i = 0; i < n; i++) {
                if (!taken[i]) {
                    maxSim[i] = Math.max(maxSim[i], a.similarity(i, best));
                }
            }
        }
        return Arrays.copyOf(out, got);
    }

    /** Forward-looking sentences outside the summary, strongest cue first (centrality breaks ties), at most three. */
    private List<String> watch(Article a, double[] score, int[] summary) {
        int n = a.size();
        List<double[]> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (contains(summary, i) || a.quality(i) < 0.9) {
                continue;
            }
            double cue = ForwardCues.score(a.words(i));
            if (cue > 0) {
                found.add(new double[] {cue + score[i], i});
            }
        }
        found.sort((x, y) -> Double.compare(y[0], x[0]));
        List<String> out = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        for (double[] f : found) {
            int i = (int) f[1];
            boolean repeats = false;
            for (int c : chosen) {
                repeats |= a.similarity(i, c) >= weights.duplicate();
            }
            if (!repeats) {
                chosen.add(i);
                out.add(a.sentence(i));
                if (out.size() == MAX_WATCH) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean contains(int[] xs, int x) {
        for (int v : xs) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }
}
