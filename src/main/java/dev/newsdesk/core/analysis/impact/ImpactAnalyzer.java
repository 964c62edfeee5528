package dev.newsdesk.core.analysis.impact;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Market impact of sentences and articles, read with a financial {@link Lexicon}: direction for an investor, a score,
 * a magnitude, the sectors and assets concerned, and the evidence. Thread-safe: it holds only immutable state.
 *
 * <pre>{@code
 * ImpactAnalyzer impact = new ImpactAnalyzer(Lexicon.builtIn());
 * impact.analyzeSentence("Operating loss narrowed to EUR 2 mn from EUR 5 mn").direction();  // POSITIVE
 * }</pre>
 */
public final class ImpactAnalyzer {
    /** Scores at least this far from zero are positive or negative; nearer ones are neutral. */
    public static final double THRESHOLD = 0.3;
    /** Characters of one sentence that are read; the rest of a hostile sentence is ignored. */
    static final int MAX_CHARS = 4_000;
    /** Tokens of one sentence that are read. */
    static final int MAX_TOKENS = 600;
    /** Sentences of one item that are read: impact is in the lead, and a huge text must not cost more. */
    static final int MAX_SENTENCES = 400;
    /** The title counts this many sentences. */
    private static final double TITLE_WEIGHT = 2;

    private final Lexicon lexicon;

    /** @param lexicon the vocabulary to read with, e.g. {@link Lexicon#builtIn()} */
    public ImpactAnalyzer(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The impact of one sentence.
     *
     * @param sentence any text; null or blank gives {@link SentenceImpact#NONE}
     * @return never null
     */
    public SentenceImpact analyzeSentence(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return SentenceImpact.NONE;
        }
        Tokens tokens = Tokens.of(sentence, MAX_CHARS, MAX_TOKENS);
        if (tokens.size == 0) {
            return SentenceImpact.NONE;
        }
        return SentenceReader.read(Units.read(tokens, lexicon), THRESHOLD);
    }

    /**
     * The impact of an article. The title counts as two sentences and sentences near the top count more than those
     * further down; neutral sentences do not dilute the rest. The sentence with the strongest weighted score in the
     * overall direction carries the impact.
     *
     * @param title     the headline, or null
     * @param sentences the sentences of the text, in order (at most {@value #MAX_SENTENCES} are read); null means none
     * @return never null; neutral with an empty sentence when nothing moves an investor
     */
    public ItemImpact analyze(String title, List<String> sentences) {
        List<String> body = sentences == null ? List.of() : sentences;
        int n = Math.min(body.size(), MAX_SENTENCES);
        SentenceImpact[] impacts = new SentenceImpact[n + 1];
        String[] texts = new String[n + 1];
        double[] weights = new double[n + 1];
        impacts[0] = analyzeSentence(title);
        texts[0] = title == null ? "" : title.strip();
        weights[0] = TITLE_WEIGHT;
        for (int i = 0; i < n; i++) {
            String s = body.get(i);
            impacts[i + 1] = analyzeSentence(s);
            texts[i + 1] = s == null ? "" : s.strip();
            weights[i + 1] = 1 / (1 + i / 10.0);  // the lead says what the story is about
        }
        double sum = 0;
        double weight = 1;  // one neutral sentence's worth: a single weak cue in a long text stays weak
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        Set<String> assets = new LinkedHashSet<>();
        for (int i = 0; i <= n; i++) {
            SentenceImpact s = impacts[i];
            sectors.addAll(s.sectors());
            assets.addAll(s.assets());
            if (s.direction() != Direction.NEUTRAL) {
                sum += weights[i] * s.score();
                weight += weights[i];
            }
        }
        double score = Math.max(-1, Math.min(1, sum / weight));
        Direction d = score >= THRESHOLD ? Direction.POSITIVE : score <= -THRESHOLD ? Direction.NEGATIVE
                : Direction.NEUTRAL;
        if (d == Direction.NEUTRAL) {
            return new ItemImpact(d, score, Magnitude.LOW, sectors, assets, "", SentenceImpact.NONE);
        }
        int best = -1;
        Magnitude magnitude = Magnitude.LOW;
        for (int i = 0; i <= n; i++) {
            if (impacts[i].direction() == d) {
                magnitude = magnitude.max(impacts[i].magnitude());
                if (best < 0 || Math.abs(weights[i] * impacts[i].score())
                        > Math.abs(weights[best] * impacts[best].score())) {
                    best = i;
                }
            }
        }
        return new ItemImpact(d, score, magnitude, sectors, assets, texts[best], impacts[best]);
    }
}
