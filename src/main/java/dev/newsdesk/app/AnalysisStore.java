package dev.newsdesk.app;

import dev.newsdesk.core.analysis.Analysis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where analyses live, one per item (the latest version's). */
public interface AnalysisStore {

    /**
     * Stores analyses, replacing older ones of the same items, with their topics indexed for digests.
     *
     * @param publishedAt the items' publication times, in the same order (topics are selected by time)
     */
    void saveAll(List<Analysis> analyses, List<Instant> publishedAt);

    /** The stored analysis of an item, or empty when it has none yet. */
    Optional<Analysis> find(String itemId);
}
