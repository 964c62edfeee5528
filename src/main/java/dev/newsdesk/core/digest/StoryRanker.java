package dev.newsdesk.core.digest;

import java.time.Duration;
import java.time.Instant;

/**
 * How much a story deserves a place in a digest, from 0 to 1. Weighed, in this order: how recent it is (relative to
 * the window: a weekly digest is not a last-hour list), how many independent outlets carried it, how strongly it moves
 * markets, whether it hits the chat's watch-list, and how well it fits the topics asked for.
 */
public final class StoryRanker {
    static final double RECENCY = 0.35;
    static final double OUTLETS = 0.30;
    static final double IMPACT = 0.15;
    static final double WATCH = 0.12;
    static final double FIT = 0.08;
    /** Outlets beyond this many add nothing: six outlets is a big story already. */
    private static final double OUTLETS_SATURATE = Math.log(1 + 6);

    private final Instant now;
    private final double halfLifeMs;

    /** A story loses half its recency weight every quarter of the window (at least every 3 hours). */
    public StoryRanker(Instant now, Duration window) {
        this.now = now;
        this.halfLifeMs = Math.max(window.toMillis() / 4.0, Duration.ofHours(3).toMillis());
    }

    /**
     * @param watchHits how many of the chat's watch-list terms it hits
     * @param topicFit  the share of the asked topics it belongs to, 0 to 1 (1 when no topic was asked)
     */
    public double score(DigestStory s, int watchHits, double topicFit) {
        double ageMs = Math.max(0, now.toEpochMilli() - s.updated().toEpochMilli());
        double recency = Math.pow(0.5, ageMs / halfLifeMs);
        double outlets = Math.min(1, Math.log(s.outlets().size()) / OUTLETS_SATURATE);
        double impact = Math.min(1, s.impact());
        return RECENCY * recency + OUTLETS * outlets + IMPACT * impact + WATCH * (watchHits > 0 ? 1 : 0)
                + FIT * topicFit;
    }
}
