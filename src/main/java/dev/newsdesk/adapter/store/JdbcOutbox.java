package dev.newsdesk.adapter.store;

import dev.newsdesk.app.Lease;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.app.chat.Outbox;
import dev.newsdesk.app.chat.OutboxReplies;
import dev.newsdesk.core.chat.ChatRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox in the {@code outbox} table; the delivery key is the primary key, so a key is recorded once. */
public final class JdbcOutbox implements Outbox {
    private static final String COLUMNS = "o.delivery_key, o.platform, o.chat_id, o.shared, o.kind, o.payload, "
            + "o.format, o.previews, o.attempts, o.next_attempt_at, o.edit_of, o.attachment";
    private static final String DUE = "o.state = 'pending' AND o.next_attempt_at <= ? ";
    private static final String OLDEST_FIRST = "ORDER BY o.created_at, o.delivery_key LIMIT ?";
    /**
     * Answers to a person ahead of everything else, then oldest first: a command asked during a fan-out of a thousand
     * alerts is answered with the next free slot, not after the alerts (half a minute at Telegram's 30/s).
     */
    private static final String ANSWERS_FIRST = "ORDER BY CASE WHEN o.kind = '" + OutboxReplies.KIND
            + "' THEN 0 ELSE 1 END, o.created_at, o.delivery_key LIMIT ?";

    private static final Duration STATISTICS_CHECK = Duration.ofSeconds(2);
    private static final long STATISTICS_MIN_PENDING = 100;
    /** How long a chat's next message waits for the instance that sent the previous one. */
    private static final Duration NEXT_MESSAGE_STAYS = Duration.ofSeconds(3);

    private final Jdbc jdbc;
    private final Leases leases;
    private final boolean sqlite;
    /** Guarded by the claim's caller (one delivery loop per instance); a race costs one extra ANALYZE at worst. */
    private Instant statisticsCheckedAt = Instant.EPOCH;
    private long pendingAtAnalyze;

    public JdbcOutbox(Database db) {
        this.jdbc = db.jdbc();
        this.leases = new Leases(db, "outbox", "delivery_key");
        this.sqlite = db.isSqlite();
    }

    @Override
    public int enqueue(List<Delivery> deliveries, Instant now) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        return jdbc.inTransaction(c -> insert(c, deliveries, now));
    }

    /** Records deliveries on a connection in a transaction (the digest log records its digest in the same one). */
    static int insert(Connection c, List<Delivery> deliveries, Instant now) throws SQLException {
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (delivery_key, platform, chat_id, "
                + "shared, kind, payload, format, previews, state, attempts, next_attempt_at, created_at, edit_of, "
                + "attachment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Delivery d : deliveries) {
                Jdbc.bind(ps, d.key(), d.chat().platform(), d.chat().chatId(), d.shared(), d.kind(), d.payload(),
                        d.format(), d.previews(), d.nextAttemptAt(), now, d.editOf(),
                        d.picture() == null ? null : Base64.getEncoder().encodeToString(d.picture()));
                added += ps.executeUpdate();
            }
        }
        return added;
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox o WHERE " + DUE + OLDEST_FIRST, JdbcOutbox::delivery,
                now, limit);
    }

    @Override
    public List<Delivery> claim(Instant now, int limit, Lease lease) {
        // the head of each chat's queue: no older delivery of the same chat is still pending (claimed or not, due or
        // put off: parts keep their order). Without a due-time test the inner look-up uses the (platform, chat_id,
        // state) index; with one, SQLite chose the due index and the claim grew with the square of the queue
        // (124 ms for 1,000 pending alerts, 2 ms now)
        refreshStatistics(now);
        return leases.claim("SELECT " + COLUMNS + " FROM outbox o WHERE " + DUE + "AND "
                + Leases.claimable("o", true) + " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE "
                + "p.platform = o.platform AND p.chat_id = o.chat_id AND p.state = 'pending' AND "
                + "(p.created_at < o.created_at OR (p.created_at = o.created_at AND "
                + "p.delivery_key < o.delivery_key))) " + ANSWERS_FIRST, JdbcOutbox::delivery, Delivery::key, now,
                lease, now, now, lease.owner(), limit);
    }

    @Override
    public void releaseClaims(Lease lease) {
        leases.release(lease);
    }

    /**
     * On PostgreSQL, has the outbox's statistics brought up to date when the queue has grown a lot since they were
     * taken. The planner finds each chat's head through the pending-chat index only when it knows how many deliveries
     * are pending; right after a fan-out was enqueued its statistics still say "few" (or "empty" on a new database),
     * and it compared every pending delivery with every other: 100 ms per claim for 600 alerts, 3 ms after ANALYZE
     * (which took 2 ms). Autovacuum would get there too, but only after a minute, or never for a fan-out small next to
     * the table. Looks at most every two seconds (a count of pending rows, by index).
     */
    private void refreshStatistics(Instant now) {
        if (sqlite || now.isBefore(statisticsCheckedAt.plus(STATISTICS_CHECK))) {
            return;
        }
        statisticsCheckedAt = now;
        long pending = jdbc.count("SELECT COUNT(*) FROM outbox WHERE state = 'pending'");
        if (pending >= STATISTICS_MIN_PENDING && pending > 2 * pendingAtAnalyze) {
            jdbc.update("ANALYZE outbox");
            pendingAtAnalyze = pending;
        } else if (pending < pendingAtAnalyze / 2) {
            // the queue drained: the next fan-out is measured against what is pending now
            pendingAtAnalyze = pending;
        }
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString(1), new ChatRef(rs.getString(2), rs.getString(3)), rs.getInt(4) == 1,
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8) == 1, rs.getInt(9),
                Instant.ofEpochMilli(rs.getLong(10)), rs.getString(11),
                rs.getString(12) == null ? null : Base64.getDecoder().decode(rs.getString(12)));
    }

    @Override
    public void markSent(String key, String platformMessageId, Instant now) {
        jdbc.inTransaction(c -> {
            List<String[]> sent = Jdbc.query(c, "SELECT platform, chat_id, lease_owner FROM outbox WHERE "
                    + "delivery_key = ?", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, key);
            Jdbc.update(c, "UPDATE outbox SET state = 'sent', platform_msg_id = ?, sent_at = ?, lease_owner = NULL, "
                    + "lease_until = NULL WHERE delivery_key = ?", Jdbc.clip(platformMessageId, 64), now, key);
            if (!sent.isEmpty() && sent.get(0)[2] != null) {
                // the chat's per-chat pace lives in the sender's memory: its next message waits for that sender
                // (a claim of a few seconds, taken over by anyone if the sender does not come for it)
                Jdbc.update(c, "UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE delivery_key = (SELECT "
                                + "p.delivery_key FROM outbox p WHERE p.platform = ? AND p.chat_id = ? AND "
                                + "p.state = 'pending' ORDER BY p.created_at, p.delivery_key LIMIT 1) AND "
                                + "(lease_until IS NULL OR lease_until <= ?)", sent.get(0)[2],
                        now.plus(NEXT_MESSAGE_STAYS), sent.get(0)[0], sent.get(0)[1], now);
            }
            return null;
        });
    }

    @Override
    public void retryAt(Delivery d, Instant when, int attempts, String error) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, lease_owner = NULL, "
                            + "lease_until = NULL WHERE delivery_key = ?",
                    attempts, when, clip(error), d.key());
            Jdbc.update(c, "UPDATE outbox SET next_attempt_at = ? WHERE platform = ? AND chat_id = ? AND "
                    + "state = 'pending' AND next_attempt_at < ?", when, d.chat().platform(), d.chat().chatId(), when);
            return null;
        });
    }

    @Override
    public void fail(String key, String error, Instant now) {
        jdbc.update("UPDATE outbox SET state = 'failed', last_error = ?, sent_at = ?, lease_owner = NULL, "
                + "lease_until = NULL WHERE delivery_key = ?",
                clip(error), now, key);
    }

    @Override
    public int failPending(ChatRef chat, String error, Instant now) {
        return jdbc.update("UPDATE outbox SET state = 'failed', last_error = ?, sent_at = ? WHERE platform = ? AND "
                + "chat_id = ? AND state = 'pending'", clip(error), now, chat.platform(), chat.chatId());
    }

    @Override
    public int moveChat(ChatRef from, ChatRef to) {
        return jdbc.update("UPDATE outbox SET chat_id = ?, shared = 1 WHERE platform = ? AND chat_id = ? AND "
                + "state = 'pending'", to.chatId(), from.platform(), from.chatId());
    }

    @Override
    public Optional<String> state(String key) {
        return jdbc.queryOne("SELECT state FROM outbox WHERE delivery_key = ?", rs -> rs.getString(1), key);
    }

    @Override
    public Optional<String> messageId(String key) {
        return jdbc.queryOne("SELECT platform_msg_id FROM outbox WHERE delivery_key = ? AND state = 'sent'",
                rs -> rs.getString(1), key).filter(id -> id != null && !id.isEmpty());
    }

    @Override
    public long pendingCount() {
        return jdbc.count("SELECT COUNT(*) FROM outbox WHERE state = 'pending'");
    }

    private static String clip(String s) {
        return Jdbc.clip(s, 1000);
    }
}
