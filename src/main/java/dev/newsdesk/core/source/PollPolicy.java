package dev.newsdesk.core.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a source is polled next.
 *
 * <p>After a success: the latest of the source's interval, the feed's own TTL and the server's Cache-Control max-age,
 * but never later than {@code maxInterval} (a feed that says "come back in a week" is still checked daily). After a
 * failure: the interval doubled per consecutive failure, capped at {@code maxBackoff}, and never before the server's
 * Retry-After.
 */
public final class PollPolicy {
    private final Duration maxInterval;
    private final Duration maxBackoff;

    public PollPolicy(Duration maxInterval, Duration maxBackoff) {
        this.maxInterval = Objects.requireNonNull(maxInterval, "maxInterval");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
    }

    /** The defaults: hints are honoured up to one day, backoff is capped at six hours. */
    public static PollPolicy defaults() {
        return new PollPolicy(Duration.ofDays(1), Duration.ofHours(6));
    }

    /**
     * @param feedTtl the feed's TTL (RSS {@code <ttl>}, syndication update period), or null
     * @param maxAge  Cache-Control max-age or Expires, or null
     */
    public Instant afterSuccess(Instant now, Duration interval, Duration feedTtl, Duration maxAge) {
        Duration wait = interval;
        Duration hint = max(feedTtl, maxAge);
        if (hint != null && hint.compareTo(wait) > 0) {
            wait = hint.compareTo(maxInterval) > 0 ? max(interval, maxInterval) : hint;
        }
        return now.plus(wait);
    }

    /**
     * @param failuresInRow consecutive failures including this one (at least 1)
     * @param retryAfter    the server's Retry-After, or null
     */
    public Instant afterFailure(Instant now, Duration interval, int failuresInRow, Duration retryAfter) {
        // 2^20 times any interval is far past any cap, so 20 doublings are enough and cannot overflow
        int doublings = Math.max(0, Math.min(failuresInRow - 1, 20));
        Duration cap = max(interval, maxBackoff);
        Duration doubled = interval.multipliedBy(1L << doublings);
        Duration wait = doubled.compareTo(cap) > 0 ? cap : doubled;
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            // the server asked us to stay away longer; honour it, but not beyond a day
            wait = retryAfter.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : retryAfter;
        }
        return now.plus(wait);
    }

    private static Duration max(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
