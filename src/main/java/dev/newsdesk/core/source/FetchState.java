package dev.newsdesk.core.source;

import java.time.Instant;

/**
 * What the poller remembers about a source between polls. Every field but {@code failuresInRow} may be null
 * (never happened / not known).
 *
 * @param etag          validator for the next conditional GET
 * @param lastModified  the Last-Modified header of the last full answer, sent back as If-Modified-Since
 * @param nextPollAt    when the source is due next; null means "now"
 * @param lastAttemptAt when it was last polled
 * @param lastSuccessAt when it last answered with a feed (or 304)
 * @param failuresInRow consecutive failures, 0 after a success
 * @param lastErrorKind why the last failed poll failed (kept after a success, for the record; see {@link #failing()})
 * @param lastError     the message a person sees for the last failure
 * @param lastErrorAt   when the last failure happened
 */
public record FetchState(String etag, String lastModified, Instant nextPollAt, Instant lastAttemptAt,
                         Instant lastSuccessAt, int failuresInRow, FailureKind lastErrorKind, String lastError,
                         Instant lastErrorAt) {

    public static final FetchState NEW = new FetchState(null, null, null, null, null, 0, null, null, null);

    /** True when the latest poll failed. */
    public boolean failing() {
        return failuresInRow > 0;
    }
}
