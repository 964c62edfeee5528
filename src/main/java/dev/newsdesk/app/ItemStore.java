package dev.newsdesk.app;

import dev.newsdesk.core.item.Item;

import java.util.List;

/** Where items live. Storing is idempotent: the same item twice is stored once. */
public interface ItemStore {

    /**
     * Stores items of one source in one transaction. An item whose id is already stored is updated when its content
     * hash differs and otherwise left alone; an item whose canonical URL is already stored (from any source) is a
     * duplicate.
     */
    StoreResult store(List<Item> items);

    /**
     * {@link #store}, possibly later and together with other callers' items (one transaction for several sources):
     * the future completes once these items are committed, or with the store's failure. The caller's thread may be
     * free before that, to parse the next feed while a write is in progress.
     */
    default java.util.concurrent.CompletableFuture<StoreResult> storeSoon(List<Item> items) {
        try {
            return java.util.concurrent.CompletableFuture.completedFuture(store(items));
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    /** The stored content hashes of those of {@code ids} that are stored (absent ids are not in the map). */
    java.util.Map<String, String> storedHashes(List<String> ids);

    /** The stored items of these ids, in no particular order; ids not stored are left out. */
    List<Item> byIds(List<String> ids);

    /** Items fetched since {@code since} that have no analysis, oldest first, at most {@code limit}. */
    List<Item> withoutAnalysis(java.time.Instant since, int limit);

    /**
     * Replaces the text of a stored item (a teaser's article text), keeping its content hash: the hash stays that
     * of the feed version, so the next poll of the same teaser reads as unchanged.
     */
    void replaceText(String id, String text);

    /** How many items are stored. */
    long count();

    /**
     * The result of one {@link #store} call. {@code newIds} lists the items stored for the first time,
     * {@code updatedIds} those whose content changed.
     */
    record StoreResult(int added, int updated, int duplicates, List<String> newIds, List<String> updatedIds) {
        public StoreResult {
            newIds = List.copyOf(newIds);
            updatedIds = List.copyOf(updatedIds);
        }

        public static final StoreResult EMPTY = new StoreResult(0, 0, 0, List.of(), List.of());

        public StoreResult plus(StoreResult o) {
            java.util.List<String> ids = new java.util.ArrayList<>(newIds);
            ids.addAll(o.newIds);
            java.util.List<String> changed = new java.util.ArrayList<>(updatedIds);
            changed.addAll(o.updatedIds);
            return new StoreResult(added + o.added, updated + o.updated, duplicates + o.duplicates, ids, changed);
        }

        /** New and changed items: those whose analysis must be (re)computed. */
        public java.util.Set<String> changedIds() {
            java.util.Set<String> all = new java.util.HashSet<>(newIds);
            all.addAll(updatedIds);
            return all;
        }
    }
}
