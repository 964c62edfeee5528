package dev.newsdesk.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The {@code fetch:} section.
 *
 * @param allowPrivateNetworks when true, untrusted sources may reach loopback/private addresses too
 * @param timeout              the whole request, redirects and body included
 * @param connectTimeout       establishing one TCP/TLS connection
 * @param readTimeout          silence between two reads
 * @param maxBody              bytes of (decompressed) body kept at most; a longer body fails as too large
 * @param maxRedirects         redirects followed at most
 * @param concurrency          requests in flight at most, all hosts together
 * @param perHostConcurrency   requests in flight at most to one host
 * @param userAgent            the User-Agent header
 * @param minInterval          the shortest interval a source added from chat may have
 * @param maxBackoff           the longest wait after repeated failures
 * @param articlePagesPerPoll  article pages fetched at most per source and poll for teaser items (0: never)
 */
public record FetchSettings(boolean allowPrivateNetworks, Duration timeout, Duration connectTimeout,
                            Duration readTimeout, long maxBody, int maxRedirects, int concurrency,
                            int perHostConcurrency, String userAgent, Duration minInterval, Duration maxBackoff,
                            int articlePagesPerPoll) {

    public static final String DEFAULT_USER_AGENT =
            "newsdesk/0.1 (news-intelligence bot; +https://github.com/newsdesk/newsdesk)";

    public FetchSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxBody <= 0 || maxRedirects < 0 || concurrency < 1 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("fetch settings out of range");
        }
    }

    /** The same settings with other concurrency limits. */
    public FetchSettings withConcurrency(int total, int perHost) {
        return new FetchSettings(allowPrivateNetworks, timeout, connectTimeout, readTimeout, maxBody, maxRedirects,
                total, perHost, userAgent, minInterval, maxBackoff, articlePagesPerPoll);
    }

    /** The built-in defaults (the same as the jar's default config). */
    public static FetchSettings defaults() {
        return new FetchSettings(false, Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(15),
                10L * 1024 * 1024, 5, 32, 2, DEFAULT_USER_AGENT, Duration.ofMinutes(5), Duration.ofHours(6), 5);
    }
}
