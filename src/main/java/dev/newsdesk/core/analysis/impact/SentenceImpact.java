package dev.newsdesk.core.analysis.impact;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The market impact of one sentence.
 *
 * @param direction which way it moves an investor's position
 * @param score     from -1 (clearly negative) to 1 (clearly positive); near 0 is neutral
 * @param magnitude how big the news is; {@link Magnitude#LOW} when the direction is neutral
 * @param sectors   the sectors it concerns, possibly none
 * @param assets    the assets it names, such as "Bitcoin" or "Nvidia", possibly none
 * @param cues      the evidence, one entry per cue that counted, e.g. {@code "+1.00 rose→profit"}
 */
public record SentenceImpact(Direction direction, double score, Magnitude magnitude, Set<Sector> sectors,
                             Set<String> assets, List<String> cues) {
    /** The impact of a sentence with nothing in it. */
    public static final SentenceImpact NONE =
            new SentenceImpact(Direction.NEUTRAL, 0, Magnitude.LOW, Set.of(), Set.of(), List.of());

    /** Checks the score range and copies the collections. */
    public SentenceImpact {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(magnitude, "magnitude");
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("impact: score " + score + " is outside [-1, 1]");
        }
        sectors = Set.copyOf(sectors);
        assets = Set.copyOf(assets);
        cues = List.copyOf(cues);
    }
}
