package dev.newsdesk.app;

import dev.newsdesk.core.analysis.Analysis;
import dev.newsdesk.core.item.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What happens to items once they are stored: new and changed items are analysed (once per version), new items are
 * grouped into stories, and listeners hear of the new ones. A failure here never loses the items: they are stored
 * already, and the failure is logged with the source.
 */
public final class ItemIntelligence {
    private static final Logger log = LoggerFactory.getLogger(ItemIntelligence.class);

    private final Enricher enricher;
    private final AnalysisStore analyses;
    private final StoryService stories;
    private final List<NewItemsListener> listeners = new CopyOnWriteArrayList<>();

    public ItemIntelligence(Enricher enricher, AnalysisStore analyses, StoryService stories) {
        this.enricher = enricher;
        this.analyses = analyses;
        this.stories = stories;
    }

    public void addListener(NewItemsListener listener) {
        listeners.add(listener);
    }

    /**
     * Analyses items stored before a crash or stop that had no analysis yet (and announces them: listeners
     * deduplicate by their own delivery keys).
     *
     * @return how many were analysed
     */
    public int catchUp(ItemStore items, Instant since, int limit) {
        List<Item> pending = items.withoutAnalysis(since, limit);
        Map<String, List<Item>> bySource = new java.util.LinkedHashMap<>();
        for (Item it : pending) {
            bySource.computeIfAbsent(it.sourceId(), k -> new ArrayList<>()).add(it);
        }
        for (List<Item> group : bySource.values()) {
            List<String> ids = group.stream().map(Item::id).toList();
            afterStore(group, new ItemStore.StoreResult(group.size(), 0, 0, ids, List.of()), null, group.get(0).sourceId());
        }
        if (!pending.isEmpty()) {
            log.info("intelligence: caught up with {} items stored without analysis", pending.size());
        }
        return pending.size();
    }

    /** Analyses of the items, computed now (pure work: callers may run it on any thread, before storing). */
    public List<Analysis> analyze(List<Item> items, String sourceName) {
        List<Analysis> out = new ArrayList<>(items.size());
        for (Item it : items) {
            out.add(enricher.analyze(it, sourceName));
        }
        return out;
    }

    /**
     * Records what the store call changed.
     *
     * @param items       the items given to the store
     * @param stored      what the store did with them
     * @param precomputed analyses computed before storing (see {@link #analyze}), or null to compute them here
     */
    public void afterStore(List<Item> items, ItemStore.StoreResult stored, List<Analysis> precomputed,
                           String sourceName) {
        Set<String> changed = stored.changedIds();
        if (changed.isEmpty()) {
            return;
        }
        String source = items.isEmpty() ? "?" : items.get(0).sourceId();
        try {
            Map<String, Analysis> ready = new HashMap<>();
            if (precomputed != null) {
                for (Analysis a : precomputed) {
                    ready.put(a.itemId(), a);
                }
            }
            List<Analysis> toSave = new ArrayList<>(changed.size());
            List<Instant> published = new ArrayList<>(changed.size());
            List<Item> fresh = new ArrayList<>(stored.newIds().size());
            Set<String> newIds = Set.copyOf(stored.newIds());
            for (Item it : items) {
                if (!changed.contains(it.id())) {
                    continue;
                }
                Analysis a = ready.get(it.id());
                toSave.add(a != null && a.contentHash().equals(it.contentHash()) ? a : enricher.analyze(it, sourceName));
                published.add(it.publishedAt());
                if (newIds.contains(it.id())) {
                    fresh.add(it);
                }
            }
            // stories first: an item without an analysis is picked up again after a crash (see catchUp), and by
            // then it must already have its story, or it would be grouped twice
            stories.assign(fresh);
            analyses.saveAll(toSave, published);
        } catch (RuntimeException e) {
            log.error("intelligence source={} items={} failed", source, changed.size(), e);
            return;
        }
        if (stored.newIds().isEmpty()) {
            return;
        }
        for (NewItemsListener l : listeners) {
            try {
                l.onNewItems(stored.newIds());
            } catch (RuntimeException e) {
                // one listener's trouble (a chat platform down) must not stop the others
                log.error("intelligence source={} listener {} failed", source, l.getClass().getSimpleName(), e);
            }
        }
    }
}
