package dev.newsdesk.core.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps sending within a platform's limits: per chat (a short burst, then about one a second), per group (so many
 * a minute) and overall (so many a second; bulk sends evenly spaced, an answer to a person not held for spacing).
 *
 * <p>The server counts a message when it arrives, somewhere between our dispatch and its answer. So windows count
 * a message from its <em>answer</em> (and overall, messages still in flight count too): then no window at the server
 * can hold more than the limit, however the network delays some messages and not others. Callers send at most one
 * message per chat at a time, take a slot with {@link #tryAcquire} and give it back with {@link #release}.
 * Thread-safe.
 */
public final class Pacer {
    private final Limits limits;
    private SlidingWindow spacing;
    /** How many instances share the overall limit (this one included): each takes an equal part. */
    private int sharers = 1;
    private final SlidingWindow global;
    private final Map<String, TokenBucket> perChat = new HashMap<>();
    private final Map<String, SlidingWindow> perGroup = new HashMap<>();
    private final Map<String, Long> heldUntil = new HashMap<>();
    private int inFlight;
    private long lastSweep;

    /**
     * The limits.
     *
     * @param chatBurst       messages one chat may get at once
     * @param chatWindow      after a burst, one more message each {@code chatWindow / chatBurst} (the steady rate):
     *                        a token bucket, as Telegram describes its limit ("about one message a second in a
     *                        chat, short bursts allowed") and as bot libraries pace it
     * @param groupPerMinute  messages a group may get in any minute
     * @param globalPerSecond messages all chats together may get in any second
     * @param globalSpacing   the least time between two dispatches overall (smooths bursts)
     */
    public record Limits(int chatBurst, Duration chatWindow, int groupPerMinute, int globalPerSecond,
                         Duration globalSpacing) {
        /** Telegram: about 1/s per chat with bursts of 3, 20/min per group, 30/s overall. */
        public static final Limits TELEGRAM = new Limits(3, Duration.ofSeconds(3), 20, 30, Duration.ofMillis(34));
        /**
         * Slack: {@code chat.postMessage} about 1/s per channel (two may go together, then one a second) and 5/s
         * (300 a minute) over all channels, within what Slack allows a workspace.
         */
        public static final Limits SLACK = new Limits(2, Duration.ofSeconds(2), 60, 5, Duration.ofMillis(100));
        /** No limits (the console). */
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Duration.ofMillis(1), Integer.MAX_VALUE,
                Integer.MAX_VALUE, Duration.ZERO);
    }

    public Pacer(Limits limits) {
        this.limits = limits;
        this.spacing = new SlidingWindow(1, limits.globalSpacing().isZero() ? Duration.ofMillis(1)
                : limits.globalSpacing());
        this.global = new SlidingWindow(limits.globalPerSecond(), Duration.ofSeconds(1));
    }

    /**
     * Takes a slot for one message to {@code chat} when one is free at {@code now}.
     *
     * @return empty when taken (send now, then {@link #release}), else the earliest time worth asking again
     */
    public synchronized Optional<Instant> tryAcquire(String chat, boolean group, Instant now) {
        return tryAcquire(chat, group, false, now);
    }

    /**
     * Like {@link #tryAcquire(String, boolean, Instant)}; an {@code answer} (a reply to someone waiting for it) skips
     * the overall spacing, which only smooths bulk sends, and stays within every limit. It still counts towards the
     * spacing of the messages after it.
     */
    public synchronized Optional<Instant> tryAcquire(String chat, boolean group, boolean answer, Instant now) {
        long t = now.toEpochMilli();
        sweep(t);
        long next = Math.max(t, heldUntil.getOrDefault(chat, 0L));
        TokenBucket c = perChat.get(chat);
        if (c != null) {
            next = Math.max(next, c.nextAllowed(t));
        }
        SlidingWindow g = group ? perGroup.get(chat) : null;
        if (g != null) {
            next = Math.max(next, g.nextAllowed(t));
        }
        if (!limits.globalSpacing().isZero() && !answer) {
            next = Math.max(next, spacing.nextAllowed(t));
        }
        if (limits.globalPerSecond() != Integer.MAX_VALUE) {
            // the other instances' parts of the window count as taken
            long free = global.nextAllowed(t, inFlight + limits.globalPerSecond() - overallPerSecond());
            // only messages in flight fill the window: look again shortly, a release wakes the caller anyway
            next = Math.max(next, free == Long.MAX_VALUE ? t + 10 : free);
        }
        if (next > t) {
            return Optional.of(Instant.ofEpochMilli(next));
        }
        if (!limits.globalSpacing().isZero()) {
            spacing.record(t);
        }
        inFlight++;
        return Optional.empty();
    }

    /** Gives back the slot of a message that was answered (or failed) at {@code at}. */
    public synchronized void release(String chat, boolean group, Instant at) {
        long t = at.toEpochMilli();
        inFlight = Math.max(0, inFlight - 1);
        perChat.computeIfAbsent(chat, k -> new TokenBucket(limits.chatBurst(),
                limits.chatWindow().dividedBy(Math.max(1, limits.chatBurst())), t)).record(t);
        if (group) {
            perGroup.computeIfAbsent(chat, k -> new SlidingWindow(limits.groupPerMinute(), Duration.ofMinutes(1)))
                    .record(t);
        }
        if (limits.globalPerSecond() != Integer.MAX_VALUE) {
            global.record(t);
        }
    }

    /**
     * The overall limit is the bot's, not this process's: with {@code instances} instances sending for one bot, this
     * one keeps to its part (a third of 30 a second for three, with three times the spacing), so that together
     * they stay within it. Per-chat and per-group limits are unchanged: a chat's messages go one at a time.
     */
    public synchronized void share(int instances) {
        int n = Math.max(1, instances);
        if (n == sharers) {
            return;
        }
        sharers = n;
        spacing = new SlidingWindow(1, limits.globalSpacing().isZero() ? Duration.ofMillis(1)
                : limits.globalSpacing().multipliedBy(n));
    }

    /** Messages a second overall this instance keeps to: its part of the bot's limit. */
    public synchronized int overallPerSecond() {
        return limits.globalPerSecond() == Integer.MAX_VALUE ? Integer.MAX_VALUE
                : Math.max(1, limits.globalPerSecond() / sharers);
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
