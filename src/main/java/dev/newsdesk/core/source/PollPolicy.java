package dev.newsdesk.core.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a source is polled next.
 *
 * <p>After a success: the latest of the source's interval, the feed's own TTL and the server's Cache-Control max-age,
 * but never later than {@code maxInterval} (a feed that says "come back in a week" is still checked daily). After a
 * failure: the interval doubled per consecutive failure, capped at {@code maxBackoff}, and never before the server's
 * Retry-After.
 */
public final class PollPolicy {
    /** The most a poll on cadence moves from its slot, in percent of the wait, either way. */
    public static final int JITTER_PERCENT = 5;

    private final Duration maxInterval;
    private final Duration maxBackoff;
    private final DoubleSupplier jitter;

    public PollPolicy(Duration maxInterval, Duration maxBackoff) {
        this(maxInterval, maxBackoff, () -> ThreadLocalRandom.current().nextDouble(-1, 1));
    }

    /**
     * @param jitter a value from -1 to 1 per poll (random in service): sources added together would otherwise be
     *               polled in step for ever, every instance claiming them in the same instant; a mean of zero keeps
     *               each source at one poll per interval
     */
    public PollPolicy(Duration maxInterval, Duration maxBackoff, DoubleSupplier jitter) {
        this.maxInterval = Objects.requireNonNull(maxInterval, "maxInterval");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
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
        return afterSuccess(now, null, interval, feedTtl, maxAge);
    }

    /**
     * Like {@link #afterSuccess(Instant, Duration, Duration, Duration)}, on the source's own cadence: the wait counts
     * from when the poll was due, not from when it ended, so the time a poll waits for a worker and takes does not
     * add up poll after poll (a 30 s interval would otherwise become 31.5 s, and a source be polled less often than
     * asked), moved by up to {@link #JITTER_PERCENT} percent either way. Never sooner than {@link #MIN_SHARE_PERCENT}
     * percent of the wait after this poll: a poll that ran late is not followed by a second one moments later.
     *
     * @param due when this poll was due (the state's next poll time), or null to count from {@code now}
     */
    public Instant afterSuccess(Instant now, Instant due, Duration interval, Duration feedTtl, Duration maxAge) {
        Duration wait = interval;
        Duration hint = max(feedTtl, maxAge);
        if (hint != null && hint.compareTo(wait) > 0) {
            wait = hint.compareTo(maxInterval) > 0 ? max(interval, maxInterval) : hint;
        }
        Instant soonest = now.plus(wait.multipliedBy(MIN_SHARE_PERCENT).dividedBy(100));
        if (due == null || due.isAfter(now)) {
            return now.plus(wait);
        }
        long shiftMs = Math.round(wait.toMillis() * JITTER_PERCENT / 100.0 * jitter.getAsDouble());
        Instant onCadence = due.plus(wait).plusMillis(shiftMs);
        return onCadence.isBefore(soonest) ? soonest : onCadence;
    }

    /**
     * The least share of the wait, in percent, between the end of one successful poll and the next. Up to the rest of
     * the wait late, a poll keeps its source's cadence. It was 90: a poll more than 3 s late on a 30 s interval (a
     * busy instance, a slow store) then pushed its source's next slot back, and each such poll cost the source part
     * of a poll. Three quarters still keeps two polls of a source well apart.
     */
    public static final int MIN_SHARE_PERCENT = 75;

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
