package dev.newsdesk.adapter.store;

import dev.newsdesk.app.chat.AlertLog;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.core.chat.ChatRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Alert state in {@code alert_state} and {@code alert_overflow}; deliveries in the outbox, in the same transaction. */
public final class JdbcAlertLog implements AlertLog {
    private final Jdbc jdbc;

    public JdbcAlertLog(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public Optional<Alerted> alerted(ChatRef chat, String storyKey) {
        return jdbc.queryOne("SELECT version, alert_key, alerted_at FROM alert_state WHERE platform = ? AND "
                + "chat_id = ? AND story_key = ?", rs -> new Alerted(rs.getString(1), rs.getString(2),
                Instant.ofEpochMilli(rs.getLong(3))), chat.platform(), chat.chatId(), storyKey);
    }

    @Override
    public java.util.Map<ChatRef, Alerted> alertedTo(String storyKey) {
        java.util.Map<ChatRef, Alerted> out = new java.util.LinkedHashMap<>();
        jdbc.forEach("SELECT platform, chat_id, version, alert_key, alerted_at FROM alert_state WHERE story_key = ?",
                rs -> out.put(new ChatRef(rs.getString(1), rs.getString(2)), new Alerted(rs.getString(3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)))), storyKey);
        return out;
    }

    @Override
    public boolean recordAlert(ChatRef chat, String storyKey, String version, List<Delivery> deliveries,
                               Instant now) {
        return jdbc.inTransaction(c -> {
            int added = Jdbc.update(c, "INSERT INTO alert_state (platform, chat_id, story_key, version, alert_key, "
                    + "alerted_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", chat.platform(), chat.chatId(),
                    storyKey, version, deliveries.get(0).key(), now);
            if (added == 0) {
                return false;
            }
            JdbcOutbox.insert(c, deliveries, now);
            return true;
        });
    }

    @Override
    public boolean recordEdit(ChatRef chat, String storyKey, String version, List<Delivery> deliveries) {
        return jdbc.inTransaction(c -> {
            int moved = Jdbc.update(c, "UPDATE alert_state SET version = ? WHERE platform = ? AND chat_id = ? AND "
                    + "story_key = ? AND version <> ?", version, chat.platform(), chat.chatId(), storyKey, version);
            if (moved == 0) {
                return false;
            }
            JdbcOutbox.insert(c, deliveries, deliveries.get(0).nextAttemptAt());
            return true;
        });
    }

    @Override
    public int alertsSince(ChatRef chat, Instant since) {
        // one alert is one message: count first parts only
        return (int) jdbc.count("SELECT COUNT(*) FROM outbox WHERE platform = ? AND chat_id = ? AND kind = 'alert' "
                + "AND created_at >= ? AND delivery_key LIKE '%/p01'", chat.platform(), chat.chatId(), since);
    }

    @Override
    public void hold(ChatRef chat, String storyKey, String version, Held held) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "INSERT INTO alert_state (platform, chat_id, story_key, version, alert_key, alerted_at) "
                    + "VALUES (?, ?, ?, ?, '', ?) ON CONFLICT DO NOTHING", chat.platform(), chat.chatId(), storyKey,
                    version, held.at());
            Jdbc.update(c, "INSERT INTO alert_overflow (platform, chat_id, item_id, title, url, held_at) VALUES "
                    + "(?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", chat.platform(), chat.chatId(), held.itemId(),
                    held.title(), held.url(), held.at());
            return null;
        });
    }

    @Override
    public List<ChatRef> chatsHolding() {
        return jdbc.query("SELECT DISTINCT platform, chat_id FROM alert_overflow",
                rs -> new ChatRef(rs.getString(1), rs.getString(2)));
    }

    @Override
    public List<Held> held(ChatRef chat) {
        return jdbc.query("SELECT item_id, title, url, held_at FROM alert_overflow WHERE platform = ? AND "
                + "chat_id = ? ORDER BY held_at, item_id", rs -> new Held(rs.getString(1), rs.getString(2),
                rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))), chat.platform(), chat.chatId());
    }

    @Override
    public void release(ChatRef chat, List<Held> held, List<Delivery> deliveries, Instant now) {
        jdbc.inTransaction(c -> {
            for (Held h : held) {
                Jdbc.update(c, "DELETE FROM alert_overflow WHERE platform = ? AND chat_id = ? AND item_id = ?",
                        chat.platform(), chat.chatId(), h.itemId());
            }
            JdbcOutbox.insert(c, deliveries, now);
            return null;
        });
    }
}
