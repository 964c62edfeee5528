package dev.newsdesk.adapter.fetch;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class CacheHintsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    static String httpDate(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }

    @Test
    void maxAgeComesFromCacheControl() {
        assertThat(CacheHints.maxAge(Headers.of("Cache-Control", "public, max-age=600"), NOW))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(CacheHints.maxAge(Headers.of("Cache-Control", "s-maxage=300"), NOW))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void maxAgeFallsBackToExpiresMinusDate() {
        Headers h = Headers.of("Date", httpDate(NOW.minusSeconds(3600)), "Expires", httpDate(NOW.minusSeconds(3000)));
        assertThat(CacheHints.maxAge(h, NOW)).isEqualTo(Duration.ofSeconds(600)); // server clock, not ours
        assertThat(CacheHints.maxAge(Headers.of("Expires", httpDate(NOW.plusSeconds(90))), NOW))
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(CacheHints.maxAge(Headers.of("Expires", httpDate(NOW.minusSeconds(90))), NOW))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void noHintWhenAbsentOrNoCache() {
        assertThat(CacheHints.maxAge(Headers.of(), NOW)).isNull();
        assertThat(CacheHints.maxAge(Headers.of("Cache-Control", "no-cache, max-age=60"), NOW)).isNull();
        assertThat(CacheHints.maxAge(Headers.of("Cache-Control", "no-store"), NOW)).isNull();
        assertThat(CacheHints.maxAge(Headers.of("Expires", "0"), NOW)).isNull();
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        assertThat(CacheHints.retryAfter(Headers.of("Retry-After", "120"), NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(CacheHints.retryAfter(Headers.of("Retry-After", httpDate(NOW.plusSeconds(300))), NOW))
                .isEqualTo(Duration.ofSeconds(300));
        assertThat(CacheHints.retryAfter(Headers.of("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"), NOW))
                .isEqualTo(Duration.ZERO);
        assertThat(CacheHints.retryAfter(Headers.of("Retry-After", "soon"), NOW)).isNull();
        assertThat(CacheHints.retryAfter(Headers.of(), NOW)).isNull();
    }
}
