package dev.newsdesk.adapter.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsdesk.core.analysis.summary.Summary;
import dev.newsdesk.core.analysis.summary.SummaryCache;
import dev.newsdesk.core.analysis.summary.SummaryKey;

import java.util.Optional;

/** Model summaries kept in memory, the least recently used dropped beyond a size. Lost on restart. */
public final class CaffeineSummaryCache implements SummaryCache {
    private final Cache<SummaryKey, Summary> cache;

    /** A cache of at most {@code maxEntries} summaries. */
    public CaffeineSummaryCache(long maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("llm: summary cache size was " + maxEntries + " (expected >= 1)");
        }
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    @Override
    public Optional<Summary> get(SummaryKey key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void put(SummaryKey key, Summary summary) {
        cache.put(key, summary);
    }
}
