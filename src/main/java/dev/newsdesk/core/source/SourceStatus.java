package dev.newsdesk.core.source;

/** A source together with its fetch state and how many items it has, as the {@code sources} listing shows it. */
public record SourceStatus(Source source, FetchState state, long items) {
}
