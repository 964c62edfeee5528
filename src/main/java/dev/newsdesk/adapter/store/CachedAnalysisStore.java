package dev.newsdesk.adapter.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsdesk.app.AnalysisStore;
import dev.newsdesk.core.analysis.Analysis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Caffeine cache in front of the analysis store: digests and summaries read the same recent analyses again and
 * again, and an analysis only changes when its item does (which goes through {@link #saveAll}).
 */
public final class CachedAnalysisStore implements AnalysisStore {
    private final AnalysisStore store;
    private final Cache<String, Optional<Analysis>> cache;

    public CachedAnalysisStore(AnalysisStore store, long maxEntries) {
        this.store = store;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
    }

    @Override
    public void saveAll(List<Analysis> analyses, List<Instant> publishedAt) {
        store.saveAll(analyses, publishedAt);
        for (Analysis a : analyses) {
            cache.put(a.itemId(), Optional.of(a));
        }
    }

    /** The cache itself, for its hit rate in the metrics. */
    public Cache<String, Optional<Analysis>> cache() {
        return cache;
    }

    @Override
    public Optional<Analysis> find(String itemId) {
        return cache.get(itemId, store::find);
    }
}
