package dev.newsdesk.adapter.store;

import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.app.chat.DigestLog;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.digest.Digest;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digest log in {@code digest_log}: one row per story shown, plus a marker row (story id {@code ""}) per digest
 * handled, so an empty digest is handled once too. Its deliveries go into the outbox in the same transaction.
 */
public final class JdbcDigestLog implements DigestLog {
    /** The story id of the row that marks a digest as handled. */
    private static final String MARKER = "";
    private final Jdbc jdbc;

    public JdbcDigestLog(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public Map<String, String> seen(ChatRef chat, Instant since) {
        Map<String, String> out = new HashMap<>();
        // oldest first: a later digest's version of a story wins
        jdbc.forEach("SELECT story_id, version FROM digest_log WHERE platform = ? AND chat_id = ? AND due_at >= ? "
                + "AND story_id <> ? ORDER BY due_at", rs -> out.put(rs.getString(1), rs.getString(2)),
                chat.platform(), chat.chatId(), since, MARKER);
        return out;
    }

    @Override
    public boolean handled(ChatRef chat, String scheduleKey, Instant dueAt) {
        return jdbc.count("SELECT COUNT(*) FROM digest_log WHERE platform = ? AND chat_id = ? AND schedule_key = ? "
                + "AND due_at = ? AND story_id = ?", chat.platform(), chat.chatId(), scheduleKey, dueAt, MARKER) > 0;
    }

    @Override
    public Instant firstSeen(ChatRef chat, String scheduleKey, Instant now) {
        // a marker under its own key, "<schedule>#since", due at the time it was first seen; two instances seeing it
        // at once leave two markers, and the earlier one counts
        String key = scheduleKey + "#since";
        List<Long> first = jdbc.query("SELECT MIN(due_at) FROM digest_log WHERE platform = ? AND chat_id = ? AND "
                + "schedule_key = ?", rs -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : v;
                }, chat.platform(), chat.chatId(), key);
        if (!first.isEmpty() && first.get(0) != null) {
            return Instant.ofEpochMilli(first.get(0));
        }
        jdbc.update("INSERT INTO digest_log (platform, chat_id, schedule_key, due_at, story_id, version) VALUES "
                + "(?, ?, ?, ?, ?, '') ON CONFLICT DO NOTHING", chat.platform(), chat.chatId(), key, now, MARKER);
        return now;
    }

    @Override
    public boolean record(ChatRef chat, String scheduleKey, Instant dueAt, List<Digest.Entry> shown,
                          List<Delivery> deliveries, Instant now) {
        return jdbc.inTransaction(c -> {
            int marked = Jdbc.update(c, "INSERT INTO digest_log (platform, chat_id, schedule_key, due_at, story_id, "
                    + "version) VALUES (?, ?, ?, ?, ?, '') ON CONFLICT DO NOTHING", chat.platform(), chat.chatId(),
                    scheduleKey, dueAt, MARKER);
            if (marked == 0) {
                return false; // another instance or an earlier run handled it
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO digest_log (platform, chat_id, schedule_key, "
                    + "due_at, story_id, version) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Digest.Entry e : shown) {
                    Jdbc.bind(ps, chat.platform(), chat.chatId(), scheduleKey, dueAt, e.key(), e.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            JdbcOutbox.insert(c, deliveries, now);
            return true;
        });
    }
}
