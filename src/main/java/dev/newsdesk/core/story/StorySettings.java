package dev.newsdesk.core.story;

import java.time.Duration;
import java.util.Objects;

/**
 * How eagerly items are grouped.
 *
 * @param window              how far apart in publication time two items may be and still be one story; the index
 *                            keeps about this much (plus one time slice) of items in memory
 * @param threshold           the similarity (0..1) an item from another outlet needs to join a story
 * @param sameSourceThreshold the similarity an item needs to join through an item of its own outlet: an outlet
 *                            writes many headlines on one theme, and only a close rewording is an update
 */
public record StorySettings(Duration window, double threshold, double sameSourceThreshold) {
    /** The defaults, tuned on {@code src/test/resources/stories/pairs.tsv}: 72 h, 0.5, 0.7. */
    public static final StorySettings DEFAULTS = new StorySettings(Duration.ofHours(72), 0.5, 0.7);

    public StorySettings {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(365)) > 0) {
            throw new IllegalArgumentException("story window must be within (0, 365d], was " + window);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("story threshold must be within (0, 1], was " + threshold);
        }
        if (!(sameSourceThreshold > 0 && sameSourceThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "story sameSourceThreshold must be within (0, 1], was " + sameSourceThreshold);
        }
    }

    /** These settings with another window. */
    public StorySettings withWindow(Duration w) {
        return new StorySettings(w, threshold, sameSourceThreshold);
    }

    /** These settings with other thresholds. */
    public StorySettings withThresholds(double t, double sameSource) {
        return new StorySettings(window, t, sameSource);
    }
}
