package dev.newsdesk.adapter.store;

import dev.newsdesk.app.chat.AlertService;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.TitleKey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Story keys for alerts: the item's story (grouped across outlets by the story grouper) when it has one. An item
 * without a story (stored with enrichment off) joins, in {@code alert_stories}, the key of an earlier item with the
 * same normalised title published within the window; items sharing a canonical URL are stored once already.
 */
public final class JdbcStoryKeys implements AlertService.StoryKeys {
    private final Jdbc jdbc;

    public JdbcStoryKeys(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public String storyOf(NewsItem item, Duration within, Instant now) {
        String title = TitleKey.of(item.title());
        String key = title.length() > 500 ? title.substring(0, 500) : title;
        return jdbc.inTransaction(c -> {
            List<String> grouped = Jdbc.query(c, "SELECT story_id FROM items WHERE id = ? AND story_id IS NOT NULL",
                    rs -> rs.getString(1), item.id());
            if (!grouped.isEmpty()) {
                return grouped.get(0);
            }
            List<String> known = Jdbc.query(c, "SELECT story_key FROM alert_stories WHERE item_id = ?",
                    rs -> rs.getString(1), item.id());
            if (!known.isEmpty()) {
                return known.get(0);
            }
            String story = item.id();
            if (!key.isEmpty()) {
                List<String> same = Jdbc.query(c, "SELECT story_key FROM alert_stories WHERE title_key = ? AND "
                                + "seen_at >= ? AND seen_at <= ? ORDER BY seen_at LIMIT 1", rs -> rs.getString(1), key,
                        item.published().minus(within), item.published().plus(within));
                if (!same.isEmpty()) {
                    story = same.get(0);
                }
            }
            // another instance may have keyed the same item meanwhile: the first key stays
            if (Jdbc.update(c, "INSERT INTO alert_stories (item_id, story_key, title_key, seen_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", item.id(), story, key, item.published()) == 0) {
                return Jdbc.query(c, "SELECT story_key FROM alert_stories WHERE item_id = ?", rs -> rs.getString(1),
                        item.id()).get(0);
            }
            return story;
        });
    }
}
