package dev.newsdesk.core.chat;

import java.time.Duration;
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
        return nextAllowed(now, 0);
    }

    /**
     * The earliest time an event may happen when {@code pending} more events (not yet recorded) count as well, or
     * {@link Long#MAX_VALUE} when the pending ones alone fill the window.
     */
    long nextAllowed(long now, int pending) {
        while (!events.isEmpty() && events.peekFirst() <= now - windowMs) {
            events.pollFirst();
        }
        int excess = events.size() + pending - limit + 1;
        if (excess <= 0) {
            return now;
        }
        if (excess > events.size()) {
            return Long.MAX_VALUE;
        }
        int i = 0;
        for (long e : events) {
            if (++i == excess) {
                return e + windowMs;
            }
        }
        return Long.MAX_VALUE;
    }

    void record(long at) {
        events.addLast(at);
    }

    boolean idle(long now) {
        return nextAllowed(now) == now && events.isEmpty();
    }
}
