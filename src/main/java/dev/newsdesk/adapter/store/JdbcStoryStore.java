package dev.newsdesk.adapter.store;

import dev.newsdesk.app.StoryService;
import dev.newsdesk.app.StoryStore;
import dev.newsdesk.core.story.Story;
import dev.newsdesk.core.story.StoryCandidate;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.Map;

/** Stories in the {@code stories} table and {@code items.story_id}. */
public final class JdbcStoryStore implements StoryStore {
    private final Jdbc jdbc;

    public JdbcStoryStore(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public void save(Map<String, String> storyOfItem, Map<String, Story> stories) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement setStory = c.prepareStatement("UPDATE items SET story_id = ? WHERE id = ?");
                 PreparedStatement update = c.prepareStatement("UPDATE stories SET sources = ?, last_updated = ?, "
                         + "first_seen = ?, item_count = (SELECT COUNT(*) FROM items WHERE story_id = ?) WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO stories (id, representative_item, sources, "
                         + "item_count, first_seen, last_updated) VALUES (?, ?, ?, "
                         + "(SELECT COUNT(*) FROM items WHERE story_id = ?), ?, ?) ON CONFLICT (id) DO NOTHING")) {
                for (Map.Entry<String, String> e : storyOfItem.entrySet()) {
                    Jdbc.bind(setStory, e.getValue(), e.getKey());
                    setStory.executeUpdate();
                }
                for (Story s : stories.values()) {
                    String sources = String.join("\n", s.sourceIds());
                    Jdbc.bind(update, sources, s.lastUpdated(), s.firstSeen(), s.id(), s.id());
                    if (update.executeUpdate() == 0) {
                        Jdbc.bind(insert, s.id(), s.representativeItemId(), sources, s.id(), s.firstSeen(),
                                s.lastUpdated());
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void forEachMemberSince(Instant since, int limit, Consumer<Member> member) {
        long total = jdbc.count("SELECT COUNT(*) FROM items WHERE story_id IS NOT NULL AND fetched_at >= ?", since);
        // fetch order is the order the grouper first saw them; the id breaks ties within one poll
        jdbc.forEach("SELECT id, source_id, title, summary, published_at, story_id FROM items "
                        + "WHERE story_id IS NOT NULL AND fetched_at >= ? ORDER BY fetched_at, id LIMIT ? OFFSET ?",
                rs -> member.accept(new Member(new StoryCandidate(rs.getString("id"), rs.getString("source_id"),
                        rs.getString("title"), StoryService.lead(rs.getString("summary")),
                        Instant.ofEpochMilli(rs.getLong("published_at"))), rs.getString("story_id"))),
                since, limit, Math.max(0L, total - limit));
    }
}
