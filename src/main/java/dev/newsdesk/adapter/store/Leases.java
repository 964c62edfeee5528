package dev.newsdesk.adapter.store;

import dev.newsdesk.app.Lease;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Row leases ({@code lease_owner}, {@code lease_until}) on a table whose rows are work several instances share.
 * A claim selects and leases rows in one transaction: on PostgreSQL the select locks the rows it returns and skips
 * rows another transaction is claiming ({@code FOR UPDATE SKIP LOCKED}); on SQLite every write transaction holds the
 * database's single write lock from its start (BEGIN IMMEDIATE), so two claims never overlap either.
 */
final class Leases {
    private static final int CHUNK = 500;

    private final Jdbc jdbc;
    private final String table;
    private final String keyColumn;
    private final String lockClause;

    Leases(Database db, String table, String keyColumn) {
        this.jdbc = db.jdbc();
        this.table = table;
        this.keyColumn = keyColumn;
        this.lockClause = db.isSqlite() ? "" : " FOR UPDATE SKIP LOCKED";
    }

    /**
     * SQL for the claim's WHERE: the row has no live lease (binds now); {@code ownToo} accepts this owner's live
     * leases as well (binds now, owner), so that a claim extends them.
     */
    static String claimable(String alias, boolean ownToo) {
        return "(" + alias + ".lease_until IS NULL OR " + alias + ".lease_until <= ?"
                + (ownToo ? " OR " + alias + ".lease_owner = ?)" : ")");
    }

    /**
     * Runs {@code select} (which ends with its ORDER BY and LIMIT) and leases the rows it returns to the lease's
     * owner until {@code lease.until(now)}. Rows this owner holds with more than two thirds of the length left are
     * not written again: a claim that returns the same rows every half second costs no writes.
     */
    <T> List<T> claim(String select, Jdbc.RowMapper<T> mapper, Function<T, String> key, Instant now, Lease lease,
                      Object... params) {
        return jdbc.inTransaction(c -> {
            List<T> rows = Jdbc.query(c, select + lockClause, mapper, params);
            List<String> keys = new ArrayList<>(rows.size());
            for (T row : rows) {
                keys.add(key.apply(row));
            }
            lease(c, keys, now, lease, now.plus(lease.renewEvery().multipliedBy(2)));
            return rows;
        });
    }

    /** Extends this owner's leases on {@code keys} (work still in progress). */
    void renew(Collection<String> keys, Instant now, Lease lease) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            List<String> mine = new ArrayList<>(keys);
            for (int i = 0; i < mine.size(); i += CHUNK) {
                List<String> chunk = mine.subList(i, Math.min(mine.size(), i + CHUNK));
                List<Object> params = new ArrayList<>(List.of(lease.until(now), lease.owner()));
                params.addAll(chunk);
                Jdbc.update(c, "UPDATE " + table + " SET lease_until = ? WHERE lease_owner = ? AND " + keyColumn
                        + " IN (" + marks(chunk.size()) + ")", params.toArray());
            }
            return null;
        });
    }

    /** Gives up every lease of this owner (a clean stop: others need not wait for them to expire). */
    int release(Lease lease) {
        return jdbc.update("UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?",
                lease.owner());
    }

    private void lease(Connection c, List<String> keys, Instant now, Lease lease, Instant renewBefore)
            throws SQLException {
        for (int i = 0; i < keys.size(); i += CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + CHUNK));
            List<Object> params = new ArrayList<>(List.of(lease.owner(), lease.until(now)));
            params.addAll(chunk);
            params.add(lease.owner());
            params.add(renewBefore);
            Jdbc.update(c, "UPDATE " + table + " SET lease_owner = ?, lease_until = ? WHERE " + keyColumn + " IN ("
                    + marks(chunk.size()) + ") AND (lease_owner IS NULL OR lease_owner <> ? OR lease_until IS NULL "
                    + "OR lease_until < ?)", params.toArray());
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
