package dev.newsdesk.adapter.store;

import dev.newsdesk.app.ItemStore;
import dev.newsdesk.core.item.Item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Items in the {@code items} table, deduplicated by id and by canonical URL.
 *
 * <p>Stores from several threads are committed together (group commit): the store has one writer at a time anyway,
 * so items handed over while another thread writes wait in a queue, and the next write stores everything queued in
 * one transaction. The thread that finds nobody writing becomes the writer until the queue is empty. A caller of
 * {@link #storeSoon} whose items were queued is free at once (its future completes on commit); a caller of
 * {@link #store} waits for its own commit. A poll cycle's workers thus go on parsing instead of taking turns at the
 * write lock, and SQLite writes each touched page once per batch rather than once per feed.
 */
public final class JdbcItemStore implements ItemStore {
    /** Items one shared transaction holds at most (about 50 feeds); a longer queue takes several. */
    private static final int BATCH_ITEMS = 1_000;

    private final Jdbc jdbc;
    private final java.util.ArrayDeque<Pending> queue = new java.util.ArrayDeque<>();
    /** Guarded by {@link #queue}: whether a thread is writing (it takes every store queued meanwhile). */
    private boolean writing;

    public JdbcItemStore(Database db) {
        this.jdbc = db.jdbc();
    }

    /** One caller's items waiting in the queue, and the future its result goes to. */
    private record Pending(List<Item> items, CompletableFuture<StoreResult> result) {
    }

    @Override
    public StoreResult store(List<Item> items) {
        try {
            return storeSoon(items).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public CompletableFuture<StoreResult> storeSoon(List<Item> items) {
        if (items.isEmpty()) {
            return CompletableFuture.completedFuture(StoreResult.EMPTY);
        }
        Pending mine = new Pending(items, new CompletableFuture<>());
        synchronized (queue) {
            queue.add(mine);
            if (writing) {
                return mine.result();
            }
            writing = true;
        }
        while (true) {
            List<Pending> batch;
            synchronized (queue) {
                batch = takeBatch();
                if (batch.isEmpty()) {
                    writing = false;
                    return mine.result();
                }
            }
            write(batch);
        }
    }

    /** The queued stores, oldest first, up to {@link #BATCH_ITEMS} items (at least one store when any is queued). */
    private List<Pending> takeBatch() {
        List<Pending> batch = new ArrayList<>();
        int size = 0;
        while (!queue.isEmpty() && (batch.isEmpty() || size + queue.peek().items().size() <= BATCH_ITEMS)) {
            Pending p = queue.poll();
            size += p.items().size();
            batch.add(p);
        }
        return batch;
    }

    /**
     * Stores the batch in one transaction. If that fails, each store is tried again in its own transaction, so that
     * one caller's bad items fail that caller only.
     */
    private void write(List<Pending> batch) {
        if (batch.size() > 1) {
            List<StoreResult> results = null;
            try {
                results = jdbc.inTransaction(c -> {
                    List<StoreResult> out = new ArrayList<>(batch.size());
                    for (Pending p : batch) {
                        out.add(storeAll(c, p.items()));
                    }
                    return out;
                });
            } catch (RuntimeException e) {
                // rolled back as a whole: retried one by one below
            }
            if (results != null) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(results.get(i));
                }
                return;
            }
        }
        for (Pending p : batch) {
            try {
                p.result().complete(jdbc.inTransaction(c -> storeAll(c, p.items())));
            } catch (RuntimeException e) {
                p.result().completeExceptionally(e);
            }
        }
    }

    private static StoreResult storeAll(Connection c, List<Item> items) throws SQLException {
        int added = 0;
        int updated = 0;
        int duplicates = 0;
        List<String> newIds = new ArrayList<>();
        List<String> updatedIds = new ArrayList<>();
        // what is stored already, in one query per feed rather than one per item (a feed repeats most of its items
        // from one poll to the next, and a first poll stores all of them)
        java.util.Map<String, String> storedHashes = storedHashes(c, items);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO items (id, source_id, item_key, guid, url, "
                     + "title, author, published_at, fetched_at, updated_at, summary, body, categories, image_url, "
                     + "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement update = c.prepareStatement("UPDATE items SET url = COALESCE(url, ?), title = ?, "
                     + "author = ?, summary = ?, body = ?, categories = ?, image_url = ?, content_hash = ?, "
                     + "updated_at = ? WHERE id = ?")) {
            for (Item it : items) {
                String storedHash = storedHashes.get(it.id());
                if (storedHash != null) {
                    if (storedHash.equals(it.contentHash())) {
                        duplicates++;
                    } else {
                        // the URL is only filled in when missing: another item may own it already
                        Jdbc.bind(update, null, it.title(), it.author(), it.summary(), it.text(),
                                Jdbc.joinLines(it.categories()), it.imageUrl(), it.contentHash(), it.fetchedAt(),
                                it.id());
                        update.executeUpdate();
                        updated++;
                        updatedIds.add(it.id());
                        storedHashes.put(it.id(), it.contentHash());
                    }
                    continue;
                }
                Jdbc.bind(insert, it.id(), it.sourceId(), it.key(), it.guid(), it.url(), it.title(), it.author(),
                        it.publishedAt(), it.fetchedAt(), it.fetchedAt(), it.summary(), it.text(),
                        Jdbc.joinLines(it.categories()), it.imageUrl(), it.contentHash());
                // a conflict here is the same canonical URL from another source (or a concurrent writer)
                if (insert.executeUpdate() == 0) {
                    duplicates++;
                    continue;
                }
                added++;
                newIds.add(it.id());
                storedHashes.put(it.id(), it.contentHash());
            }
        }
        return new StoreResult(added, updated, duplicates, newIds, updatedIds);
    }

    /** The content hash of each of the items' ids that is stored, read within the transaction. */
    private static java.util.Map<String, String> storedHashes(Connection c, List<Item> items) throws SQLException {
        List<String> ids = new ArrayList<>(items.size());
        for (Item it : items) {
            ids.add(it.id());
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        Jdbc.queryIn(c, "SELECT id, content_hash FROM items WHERE id IN", ids,
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    @Override
    public java.util.Map<String, String> storedHashes(List<String> ids) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.queryIn("SELECT id, content_hash FROM items WHERE id IN", ids,
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    @Override
    public List<Item> byIds(List<String> ids) {
        return jdbc.queryIn("SELECT * FROM items WHERE id IN", ids, JdbcItemStore::item);
    }

    @Override
    public List<Item> withoutAnalysis(Instant since, int limit) {
        return jdbc.query("SELECT i.* FROM items i LEFT JOIN analyses a ON a.item_id = i.id "
                + "WHERE a.item_id IS NULL AND i.fetched_at >= ? ORDER BY i.fetched_at, i.id LIMIT ?",
                JdbcItemStore::item, since, limit);
    }

    @Override
    public void replaceText(String id, String text) {
        jdbc.update("UPDATE items SET body = ? WHERE id = ?", text, id);
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getString("id"), rs.getString("source_id"), rs.getString("item_key"),
                rs.getString("guid"), rs.getString("url"), rs.getString("title"), rs.getString("author"),
                Instant.ofEpochMilli(rs.getLong("published_at")), Instant.ofEpochMilli(rs.getLong("fetched_at")),
                rs.getString("summary"), rs.getString("body"),
                Jdbc.splitLines(rs.getString("categories")),
                rs.getString("image_url"), rs.getString("content_hash"));
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM items");
    }

    /** For tests and tools: the stored item of this id, if any, with the fields a check needs. */
    public java.util.Optional<StoredItem> find(String id) {
        return jdbc.queryOne("SELECT id, source_id, url, title, content_hash, published_at FROM items WHERE id = ?",
                rs -> new StoredItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))), id);
    }

    /** A stored item's identity and headline. */
    public record StoredItem(String id, String sourceId, String url, String title, String contentHash,
                             Instant publishedAt) {
    }
}
