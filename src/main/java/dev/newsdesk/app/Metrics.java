package dev.newsdesk.app;

import java.util.function.LongSupplier;

/**
 * What the service counts for operators (the {@code /metrics} endpoint). A port: the use cases call it, an adapter
 * turns it into a metrics library's meters, and {@link #NONE} ignores everything (commands that run once, tests).
 * Every label value passed here comes from a small fixed set (outcomes, failure kinds, command names, platforms),
 * never from user input, so the number of series stays bounded.
 */
public interface Metrics {

    /** Ignores everything. */
    Metrics NONE = new Metrics() {
    };

    /**
     * One fetch of a source finished.
     *
     * @param result {@code ok}, {@code not-modified}, or the failure kind's key ({@code timeout}, {@code dns}, ...)
     */
    default void fetched(String result) {
    }

    /**
     * A poll of a source that was due began {@code late} after its due time: how far polling lags its schedule (a
     * poll started before it was due, on request, is not reported).
     */
    default void pollStarted(java.time.Duration late) {
    }

    /** A poll or an ingest stored {@code added} new items and updated {@code updated} changed ones. */
    default void itemsStored(int added, int updated) {
    }

    /** New items started {@code count} new stories. */
    default void storiesStarted(int count) {
    }

    /**
     * A chat platform accepted a message.
     *
     * @param kind {@code reply}, {@code alert}, {@code digest}, ...
     */
    default void messageSent(String platform, String kind) {
    }

    /** A chat platform answered "too many requests" (429). */
    default void rateLimited(String platform) {
    }

    /**
     * A chat command was answered.
     *
     * @param command the command name when it is a known command, else {@code unknown}
     */
    default void commandAnswered(String command, long nanos) {
    }

    /** Reports {@code pending} (read when metrics are scraped) as the number of deliveries waiting in the outbox. */
    default void outboxDepth(LongSupplier pending) {
    }
}
