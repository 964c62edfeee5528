package dev.newsdesk.core.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/** At most {@code limit} events in any period of {@code window}. Not thread-safe: {@link Pacer} guards it. */
final class SlidingWindow {
    private final int limit;
    private final long windowMs;
    private final ArrayDeque<Long> events = new ArrayDeque<>();

    SlidingWindow(int limit, Duration window) {
        this.limit = limit;
        this.windowMs = window.toMillis();
    }

    /** The earliest time an event may happen, no earlier than {@code now}. */
    long nextAllowed(long now) {
        while (!events.isEmpty() && events.peekFirst() <= now - windowMs) {
            events.pollFirst();
        }
        if (events.size() < limit) {
            return now;
        }
        return events.peekFirst() + windowMs;
    }

    void record(long at) {
        events.addLast(at);
    }

    boolean idle(long now) {
        return nextAllowed(now) == now && events.isEmpty();
    }

    static Instant at(long ms) {
        return Instant.ofEpochMilli(ms);
    }
}
