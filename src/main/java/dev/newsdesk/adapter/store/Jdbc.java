package dev.newsdesk.adapter.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/** The few JDBC moves the repositories need, with parameters bound by type and SQL errors made unchecked. */
final class Jdbc {
    private static final int RETRIES = 3;
    /** Ids bound in one IN list at most: SQLite limits the number of bound parameters. */
    private static final int IN_CHUNK = 500;
    private final DataSource dataSource;
    /** Taken around every write on a store with one writer at a time (SQLite); null where writers run side by side. */
    private final Lock writes;

    /** Over a store whose writers may run side by side (PostgreSQL), or for reads only. */
    Jdbc(DataSource dataSource) {
        this(dataSource, null);
    }

    /**
     * @param writes taken around every transaction and single write: SQLite lets one connection write at a time, and
     *               a connection that finds the lock taken polls for it with sleeps that grow to 100 ms. Waiting on a
     *               lock in the process instead wakes the next writer the moment the last one commits, which keeps
     *               a chat command's small write from waiting behind a sleep (a 300-500 ms tail before).
     */
    Jdbc(DataSource dataSource, Lock writes) {
        this.dataSource = dataSource;
        this.writes = writes;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. PostgreSQL may
     * abort one of two transactions that wait for each other (deadlock) or conflict (serialization); such a
     * transaction is run again, a few times, since it did nothing.
     */
    <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransactionOnce(work);
            } catch (StoreException e) {
                if (attempt >= RETRIES || !retryable(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean retryable(StoreException e) {
        return e.getCause() instanceof SQLException s
                && ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState()));
    }

    private <T> T inTransactionOnce(Work<T> work) {
        if (writes == null) {
            return inTransactionUnlocked(work);
        }
        writes.lock();
        try {
            return inTransactionUnlocked(work);
        } finally {
            writes.unlock();
        }
    }

    private <T> T inTransactionUnlocked(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    int update(String sql, Object... params) {
        if (writes != null) {
            writes.lock();
        }
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, params);
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            if (writes != null) {
                writes.unlock();
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql, mapper, params);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Streams the rows to {@code consumer} without holding them (for restores that read many rows). */
    void forEach(String sql, RowConsumer consumer, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * {@code sql} followed by {@code (?, ?, ...)} for the ids, in chunks: SQLite limits the number of bound
     * parameters. {@code sql} ends with the column and {@code IN}, e.g. {@code SELECT * FROM items WHERE id IN}.
     */
    <T> List<T> queryIn(String sql, List<String> ids, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection()) {
            return queryIn(c, sql, ids, mapper);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** {@link #queryIn(String, List, RowMapper)} on a connection the caller holds (inside its transaction). */
    static <T> List<T> queryIn(Connection c, String sql, List<String> ids, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            out.addAll(query(c, sql + " (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ")", mapper, chunk.toArray()));
        }
        return out;
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                // untyped: PostgreSQL takes the column's type (a VARCHAR null does not go into a BIGINT column)
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(i + 1, text(s));
            } else if (p instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else if (p instanceof java.time.Instant t) {
                ps.setLong(i + 1, t.toEpochMilli());
            } else {
                throw new IllegalArgumentException("cannot bind " + p.getClass().getName());
            }
        }
    }

    /**
     * Text as PostgreSQL can store it: it refuses the NUL character, which hostile or broken feeds do send (SQLite
     * would keep it), so it is dropped on both engines.
     */
    static String text(String s) {
        return s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
    }

    /** {@code s} cut to {@code max} characters (a column's width), or null for null. */
    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * Several single-line values (categories, topic ids, sentences) in one TEXT column, one per line; a newline
     * inside a value becomes a space.
     */
    static String joinLines(List<String> values) {
        List<String> clean = new ArrayList<>(values.size());
        for (String v : values) {
            clean.add(v.replace('\n', ' ').replace('\r', ' '));
        }
        return String.join("\n", clean);
    }

    /** The values of a {@link #joinLines} column; empty for null or empty. */
    static List<String> splitLines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    /** A nullable epoch-millisecond column as an Instant. */
    static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : java.time.Instant.ofEpochMilli(v);
    }
}
