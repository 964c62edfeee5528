package dev.newsdesk.core.analysis;

import dev.newsdesk.core.analysis.impact.ItemImpact;
import dev.newsdesk.core.analysis.summary.Summary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What newsdesk understood of one version of one item.
 *
 * @param itemId      the item
 * @param contentHash the item version analysed: a different hash means the analysis is stale
 * @param summary     summary, takeaways, what to watch, and who wrote them
 * @param topics      topic ids from config, in config order; never null
 * @param watchHits   the default watch-list terms the item mentions, display names; never null
 * @param impact      market impact for an investor
 * @param analyzedAt  when it was computed
 */
public record Analysis(String itemId, String contentHash, Summary summary, List<String> topics,
                       List<String> watchHits, ItemImpact impact, Instant analyzedAt) {
    public Analysis {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(analyzedAt, "analyzedAt");
        topics = List.copyOf(topics);
        watchHits = List.copyOf(watchHits);
    }
}
