package dev.newsdesk.core.chat;

import java.time.Duration;

/** How long to wait before trying a failed delivery again, and when to give up. */
public final class RetryPolicy {
    /** Transient failures are retried this many times, then the delivery fails for good. */
    public static final int MAX_ATTEMPTS = 8;

    private RetryPolicy() {
    }

    /** 2 s, 4 s, 8 s, … capped at 5 min, after {@code attempts} failed attempts. */
    public static Duration backoff(int attempts) {
        long s = 1L << Math.min(Math.max(attempts, 1), 9);
        return Duration.ofSeconds(Math.min(s, 300));
    }
}
