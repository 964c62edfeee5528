package dev.newsdesk.core.analysis.summary;

import java.util.Optional;

/**
 * Port: summaries already made by a model, by (content hash, model, prompt version), so that an article is never
 * summarised twice. Implementations are thread-safe; the store backs it in production, memory in tests.
 */
public interface SummaryCache {
    /** The summary filed under the key, or empty when there is none. */
    Optional<Summary> get(SummaryKey key);

    /** Files the summary under the key, replacing any earlier one. */
    void put(SummaryKey key, Summary summary);
}
