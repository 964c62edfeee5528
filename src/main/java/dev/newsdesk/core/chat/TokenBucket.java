package dev.newsdesk.core.chat;

import java.time.Duration;

/**
 * A burst of {@code capacity} events at once, then one per {@code every}: the bucket holds up to {@code capacity}
 * tokens, refilled continuously, and each event takes one. Not thread-safe: {@link Pacer} guards it.
 */
final class TokenBucket {
    private final double capacity;
    private final double refillMs;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, Duration every, long now) {
        this.capacity = capacity;
        this.refillMs = Math.max(1, every.toMillis());
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** The earliest time an event may happen, no earlier than {@code now}. */
    long nextAllowed(long now) {
        refill(now);
        return tokens >= 1 ? now : now + (long) Math.ceil((1 - tokens) * refillMs);
    }

    /** An event happened at {@code at}: one token less (the bucket may go below zero, so a late record still counts). */
    void record(long at) {
        refill(at);
        tokens -= 1;
    }

    /** Full again: forgetting it changes nothing. */
    boolean idle(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) / refillMs);
            updatedAt = now;
        }
    }
}
