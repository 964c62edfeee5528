package dev.newsdesk.adapter.fetch;

import okhttp3.CacheControl;
import okhttp3.Headers;

import java.time.Duration;
import java.time.Instant;

/**
 * Reads the server's timing hints: how long an answer stays fresh and when to come back after 429/503. Absolute
 * dates are measured against the response's own Date header when it has one, so that a skewed server clock does not
 * skew the hint.
 */
final class CacheHints {

    private CacheHints() {
    }

    /**
     * Cache-Control max-age (else s-maxage), else Expires minus Date (or {@code now}), clamped at zero; null when
     * absent, unparsable, or the answer says no-cache / no-store.
     */
    static Duration maxAge(Headers headers, Instant now) {
        CacheControl cc = CacheControl.parse(headers);
        if (cc.noCache() || cc.noStore()) {
            return null;
        }
        if (cc.maxAgeSeconds() >= 0) {
            return Duration.ofSeconds(cc.maxAgeSeconds());
        }
        if (cc.sMaxAgeSeconds() >= 0) {
            return Duration.ofSeconds(cc.sMaxAgeSeconds());
        }
        Instant expires = headers.getInstant("Expires");
        return expires == null ? null : nonNegative(Duration.between(base(headers, now), expires));
    }

    /** Retry-After as delta seconds or an HTTP-date, clamped at zero; null when absent or unparsable. */
    static Duration retryAfter(Headers headers, Instant now) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return null; // absurdly long; the scheduler's backoff applies instead
            }
        }
        Instant at = headers.getInstant("Retry-After");
        return at == null ? null : nonNegative(Duration.between(base(headers, now), at));
    }

    private static Instant base(Headers headers, Instant now) {
        Instant date = headers.getInstant("Date");
        return date != null ? date : now;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
