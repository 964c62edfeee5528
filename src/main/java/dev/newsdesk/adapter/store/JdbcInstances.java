package dev.newsdesk.adapter.store;

import dev.newsdesk.app.Instances;
import dev.newsdesk.app.Lease;

import java.time.Duration;
import java.time.Instant;

/** {@link Instances} in the {@code instances} table: one row per instance, its latest check-in. */
public final class JdbcInstances implements Instances {
    /** Check-ins this much older than the alive window are deleted: every restart is a new owner. */
    private static final int FORGET_AFTER_WINDOWS = 100;

    private final Jdbc jdbc;

    public JdbcInstances(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public int checkIn(Lease lease, Instant now, Duration alive) {
        return jdbc.inTransaction(c -> {
            // an upsert both engines understand (SQLite 3.24+, PostgreSQL 9.5+)
            Jdbc.update(c, "INSERT INTO instances (owner, seen_at) VALUES (?, ?) ON CONFLICT (owner) "
                    + "DO UPDATE SET seen_at = excluded.seen_at", lease.owner(), now);
            Jdbc.update(c, "DELETE FROM instances WHERE seen_at < ?",
                    now.minus(alive.multipliedBy(FORGET_AFTER_WINDOWS)));
            long count = Jdbc.query(c, "SELECT COUNT(*) FROM instances WHERE seen_at > ?", rs -> rs.getLong(1),
                    now.minus(alive)).get(0);
            return (int) Math.max(1, count);
        });
    }

    @Override
    public void leave(Lease lease) {
        jdbc.update("DELETE FROM instances WHERE owner = ?", lease.owner());
    }
}
