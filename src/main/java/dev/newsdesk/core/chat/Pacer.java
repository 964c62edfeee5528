package dev.newsdesk.core.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps sending within a platform's limits: per chat (a short burst, then about one a second), per group (so many
 * a minute) and overall (evenly spaced, so that a busy second never exceeds the global limit even with network
 * jitter). Thread-safe.
 */
public final class Pacer {
    private final Limits limits;
    private final SlidingWindow global;
    private final Map<String, SlidingWindow> perChat = new HashMap<>();
    private final Map<String, SlidingWindow> perGroup = new HashMap<>();
    private final Map<String, Long> heldUntil = new HashMap<>();
    private long lastSweep;

    /**
     * The limits.
     *
     * @param chatBurst     messages one chat may get within {@code chatWindow}
     * @param chatWindow    the burst window (chatBurst / chatWindow is the steady per-chat rate)
     * @param groupPerMinute messages a group may get in any minute
     * @param globalSpacing the least time between two sends overall
     */
    public record Limits(int chatBurst, Duration chatWindow, int groupPerMinute, Duration globalSpacing) {
        /** Telegram: about 1/s per chat with bursts of 3, 20/min per group, 30/s overall (sent at ~29/s). */
        public static final Limits TELEGRAM = new Limits(3, Duration.ofSeconds(3), 20, Duration.ofMillis(34));
        /** No limits (the console). */
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Duration.ofMillis(1), Integer.MAX_VALUE,
                Duration.ZERO);
    }

    public Pacer(Limits limits) {
        this.limits = limits;
        this.global = new SlidingWindow(1, limits.globalSpacing().isZero() ? Duration.ofMillis(1)
                : limits.globalSpacing());
    }

    /**
     * Takes a slot for one message to {@code chat} when one is free at {@code now}.
     *
     * @return empty when taken (send now), else the earliest time worth asking again
     */
    public synchronized java.util.Optional<Instant> tryAcquire(String chat, boolean group, Instant now) {
        long t = now.toEpochMilli();
        sweep(t);
        long next = Math.max(t, heldUntil.getOrDefault(chat, 0L));
        SlidingWindow c = perChat.computeIfAbsent(chat, k -> new SlidingWindow(limits.chatBurst(),
                limits.chatWindow()));
        next = Math.max(next, c.nextAllowed(t));
        SlidingWindow g = null;
        if (group) {
            g = perGroup.computeIfAbsent(chat, k -> new SlidingWindow(limits.groupPerMinute(), Duration.ofMinutes(1)));
            next = Math.max(next, g.nextAllowed(t));
        }
        if (!limits.globalSpacing().isZero()) {
            next = Math.max(next, global.nextAllowed(t));
        }
        if (next > t) {
            return java.util.Optional.of(Instant.ofEpochMilli(next));
        }
        c.record(t);
        if (g != null) {
            g.record(t);
        }
        if (!limits.globalSpacing().isZero()) {
            global.record(t);
        }
        return java.util.Optional.empty();
    }

    /** Sends nothing to {@code chat} before {@code until} (the platform said to retry after). */
    public synchronized void holdChat(String chat, Instant until) {
        heldUntil.merge(chat, until.toEpochMilli(), Math::max);
    }

    /** Forgets idle chats now and then, so that memory stays bounded by the chats active in the last minute. */
    private void sweep(long now) {
        if (now - lastSweep < 60_000) {
            return;
        }
        lastSweep = now;
        perChat.values().removeIf(w -> w.idle(now));
        perGroup.values().removeIf(w -> w.idle(now));
        for (Iterator<Long> it = heldUntil.values().iterator(); it.hasNext();) {
            if (it.next() <= now) {
                it.remove();
            }
        }
    }
}
