package dev.newsdesk.app;

import dev.newsdesk.core.source.FetchOutcome;
import dev.newsdesk.core.source.FetchRequest;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches URLs politely and safely: conditional GET, size and time caps, a global and a per-host concurrency limit,
 * the SSRF guard for untrusted requests. Never throws and never completes exceptionally: every failure is a
 * {@link FetchOutcome.Failed} with its kind.
 */
public interface Fetcher extends AutoCloseable {

    /** Starts the fetch; the future completes when the body has been read (or the fetch failed). */
    CompletableFuture<FetchOutcome> fetch(FetchRequest request);

    /** Stops accepting work and releases threads and connections. */
    @Override
    void close();
}
