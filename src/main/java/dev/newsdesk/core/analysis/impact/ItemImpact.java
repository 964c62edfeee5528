package dev.newsdesk.core.analysis.impact;

import java.util.Objects;
import java.util.Set;

/**
 * The market impact of one article: the title and the sentences of its text taken together.
 *
 * @param direction the overall direction
 * @param score     the overall score in [-1, 1]
 * @param magnitude the magnitude of the sentences that carry the direction; {@link Magnitude#LOW} when neutral
 * @param sectors   every sector the title or text concerns
 * @param assets    every asset the title or text names
 * @param sentence  the sentence that carries the impact (the title when it does), or "" when the item is neutral
 * @param carrying  the analysis of that sentence, {@link SentenceImpact#NONE} when neutral
 */
public record ItemImpact(Direction direction, double score, Magnitude magnitude, Set<Sector> sectors,
                         Set<String> assets, String sentence, SentenceImpact carrying) {
    /** Checks the score range and copies the collections. */
    public ItemImpact {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(magnitude, "magnitude");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(carrying, "carrying");
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("impact: score " + score + " is outside [-1, 1]");
        }
        sectors = Set.copyOf(sectors);
        assets = Set.copyOf(assets);
    }
}
