package dev.newsdesk.adapter.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The model's daily token allowance. A call first reserves its estimate; when the answer comes, the reservation is
 * settled with the tokens the server reported. The day is the UTC day of the clock: the count starts from zero at UTC
 * midnight. Thread-safe.
 */
public final class TokenBudget {
    private final long maxPerDay;
    private final Clock clock;
    private LocalDate day;
    private long used;

    /**
     * @param maxPerDay tokens allowed per UTC day; 0 allows no call at all
     * @param clock     the time source (tests move it past midnight)
     */
    public TokenBudget(long maxPerDay, Clock clock) {
        if (maxPerDay < 0) {
            throw new IllegalArgumentException("llm: max-tokens-per-day was " + maxPerDay + " (expected >= 0)");
        }
        this.maxPerDay = maxPerDay;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.day = today();
    }

    /** Reserves {@code tokens} when today's use leaves room for them; false (and nothing reserved) otherwise. */
    public synchronized boolean tryReserve(long tokens) {
        roll();
        if (tokens < 0 || used + tokens > maxPerDay) {
            return false;
        }
        used += tokens;
        return true;
    }

    /** Replaces a reservation by what the call really cost (0 when it cost nothing). */
    public synchronized void settle(long reserved, long actual) {
        roll();
        used = Math.max(0, used - reserved + Math.max(0, actual));
    }

    /** Tokens used (and reserved) today. */
    public synchronized long usedToday() {
        roll();
        return used;
    }

    private void roll() {
        LocalDate now = today();
        if (!now.equals(day)) {
            day = now;
            used = 0;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
