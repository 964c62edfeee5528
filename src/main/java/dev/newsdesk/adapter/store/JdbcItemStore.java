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

/** Items in the {@code items} table, deduplicated by id and by canonical URL. */
public final class JdbcItemStore implements ItemStore {
    private final Jdbc jdbc;

    public JdbcItemStore(Database db) {
        this.jdbc = new Jdbc(db.dataSource());
    }

    @Override
    public StoreResult store(List<Item> items) {
        if (items.isEmpty()) {
            return StoreResult.EMPTY;
        }
        return jdbc.inTransaction(c -> storeAll(c, items));
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
