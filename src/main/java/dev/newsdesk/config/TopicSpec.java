package dev.newsdesk.config;

/** One topic of the {@code topics:} mapping: its id (the key), a display name and a query in the query language. */
public record TopicSpec(String id, String name, String query) {
}
