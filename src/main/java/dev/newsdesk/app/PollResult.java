package dev.newsdesk.app;

import dev.newsdesk.core.source.FailureKind;

/**
 * What one poll of one source did.
 *
 * @param sourceId    the source
 * @param outcome     {@code fetched}, {@code not-modified} or {@code failed}
 * @param bodyBytes   body bytes received (0 for 304 and most failures)
 * @param added       new items stored
 * @param updated     items whose content changed
 * @param duplicates  items already stored
 * @param failureKind why it failed, or null
 * @param message     the failure message, or null
 */
public record PollResult(String sourceId, String outcome, long bodyBytes, int added, int updated, int duplicates,
                         FailureKind failureKind, String message) {
    public static final String FETCHED = "fetched";
    public static final String NOT_MODIFIED = "not-modified";
    public static final String FAILED = "failed";

    public boolean failed() {
        return FAILED.equals(outcome);
    }
}
