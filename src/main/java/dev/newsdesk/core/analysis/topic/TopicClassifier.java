package dev.newsdesk.core.analysis.topic;

import dev.newsdesk.core.analysis.query.MatchDocument;
import dev.newsdesk.core.analysis.query.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assigns topics to an article: each topic is a query (the {@code topics:} section of the configuration, parsed
 * by the caller), and an article belongs to every topic whose query matches it.
 */
public final class TopicClassifier {
    private final Map<String, Query> topics;

    /** A classifier for these topics (id to query), reported in the map's iteration order. */
    public TopicClassifier(Map<String, Query> topics) {
        Map<String, Query> copy = new LinkedHashMap<>();
        topics.forEach((id, q) -> copy.put(Objects.requireNonNull(id, "topic id"),
                Objects.requireNonNull(q, "query of topic " + id)));
        this.topics = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses each topic's query.
     *
     * @throws IllegalArgumentException naming the topic, with the {@link dev.newsdesk.core.analysis.query.QueryException}
     *                                  message (what and where), for a query that does not parse
     */
    public static TopicClassifier parse(Map<String, String> queries) {
        Map<String, Query> parsed = new LinkedHashMap<>();
        queries.forEach((id, text) -> {
            try {
                parsed.put(id, Query.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("topic " + id + ": " + e.getMessage(), e);
            }
        });
        return new TopicClassifier(parsed);
    }

    /** The ids of the topics whose query matches the document, in configuration order; empty if none. */
    public List<String> topicsOf(MatchDocument document) {
        List<String> out = new ArrayList<>(2);
        for (Map.Entry<String, Query> e : topics.entrySet()) {
            if (e.getValue().matches(document)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The topics and their queries, in configuration order. */
    public Map<String, Query> topics() {
        return topics;
    }
}
