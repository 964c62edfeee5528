package dev.newsdesk.core.source;

import java.time.Duration;
import java.util.Objects;

/** What one fetch ended with: a body, "not modified", or a classified failure. */
public sealed interface FetchOutcome permits FetchOutcome.Fetched, FetchOutcome.NotModified, FetchOutcome.Failed {

    /**
     * A 2xx answer with its (decompressed, capped) body.
     *
     * @param finalUrl     the URL after redirects, the base for relative links
     * @param contentType  the Content-Type header, or null
     * @param etag         the ETag header, or null
     * @param lastModified the Last-Modified header, or null
     * @param maxAge       Cache-Control max-age (or Expires), or null
     */
    record Fetched(String finalUrl, int status, byte[] body, String contentType, String etag, String lastModified,
                   Duration maxAge) implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(body, "body");
        }
    }

    /** A 304: nothing changed since the validators we sent. Headers may refresh the validators; nulls keep the old ones. */
    record NotModified(String etag, String lastModified, Duration maxAge) implements FetchOutcome {
    }

    /**
     * A failure.
     *
     * @param kind       why
     * @param message    what a person reads, naming the URL, e.g. "https://x/feed answered 503"
     * @param status     the HTTP status when there was one, else 0
     * @param retryAfter the server's Retry-After (on 429/503), or null
     */
    record Failed(FailureKind kind, String message, int status, Duration retryAfter) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }

        public static Failed of(FailureKind kind, String message) {
            return new Failed(kind, message, 0, null);
        }
    }
}
