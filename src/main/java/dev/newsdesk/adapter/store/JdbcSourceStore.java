package dev.newsdesk.adapter.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.app.Lease;
import dev.newsdesk.app.SourceStore;
import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.Selectors;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.core.source.SourceType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sources and their fetch state in the {@code sources} table. */
public final class JdbcSourceStore implements SourceStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "s.id, s.name, s.url, s.type, s.selectors, s.interval_ms, s.added_by, "
            + "s.enabled, s.trusted, s.etag, s.last_modified, s.next_poll_at, s.last_attempt_at, s.last_success_at, "
            + "s.failures_in_row, s.last_error_kind, s.last_error, s.last_error_at, s.category";

    private static final String DUE = "s.enabled = 1 AND (s.next_poll_at IS NULL OR s.next_poll_at <= ?) ";
    private static final String SOONEST_FIRST = "ORDER BY COALESCE(s.next_poll_at, 0), s.id LIMIT ?";

    private final Jdbc jdbc;
    private final Leases leases;

    public JdbcSourceStore(Database db) {
        this.jdbc = db.jdbc();
        this.leases = new Leases(db, "sources", "id");
    }

    @Override
    public void syncConfigured(List<Source> configured, Instant now) {
        jdbc.inTransaction(c -> {
            Set<String> ids = new HashSet<>();
            for (Source s : configured) {
                upsert(c, s, now);
                ids.add(s.id());
            }
            for (String id : Jdbc.query(c, "SELECT id FROM sources WHERE added_by = ? AND enabled = 1",
                    rs -> rs.getString(1), Source.ADDED_BY_CONFIG)) {
                if (!ids.contains(id)) {
                    Jdbc.update(c, "UPDATE sources SET enabled = 0 WHERE id = ?", id);
                }
            }
            return null;
        });
    }

    @Override
    public void save(Source source, Instant now) {
        jdbc.inTransaction(c -> {
            upsert(c, source, now);
            return null;
        });
    }

    /** One statement, so that instances starting together on one store do not both insert the same source. */
    private static void upsert(Connection c, Source s, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO sources (id, name, url, type, selectors, interval_ms, added_by, added_at, "
                        + "enabled, trusted, failures_in_row, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, url = excluded.url, "
                        + "type = excluded.type, selectors = excluded.selectors, interval_ms = excluded.interval_ms, "
                        + "added_by = excluded.added_by, enabled = excluded.enabled, trusted = excluded.trusted, "
                        + "category = excluded.category",
                s.id(), Jdbc.clip(s.name(), 200), s.url(), s.type().key(), selectorsJson(s.selectors()),
                s.interval().toMillis(), Jdbc.clip(s.addedBy(), 128), now, s.enabled(), s.trusted(),
                Jdbc.clip(s.category(), 200));
    }

    @Override
    public boolean remove(String id) {
        return jdbc.update("DELETE FROM sources WHERE id = ?", id) > 0;
    }

    @Override
    public Optional<Source> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM sources s WHERE s.id = ?", JdbcSourceStore::source, id);
    }

    @Override
    public List<SourceStatus> list() {
        return jdbc.query("SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM items i WHERE i.source_id = s.id) AS n "
                + "FROM sources s ORDER BY s.id", rs -> new SourceStatus(source(rs), state(rs), rs.getLong("n")));
    }

    @Override
    public List<SourceStatus> due(Instant now, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sources s WHERE " + DUE + SOONEST_FIRST,
                rs -> new SourceStatus(source(rs), state(rs), -1), now, limit);
    }

    @Override
    public List<SourceStatus> claimDue(Instant now, int limit, Lease lease) {
        // a source this instance polls already is not claimed again: the poller renews it until its state is saved
        return leases.claim("SELECT " + COLUMNS + " FROM sources s WHERE " + DUE + "AND "
                        + Leases.claimable("s", false) + " " + SOONEST_FIRST,
                rs -> new SourceStatus(source(rs), state(rs), -1), s -> s.source().id(), now, lease, now, now, limit);
    }

    @Override
    public void renewClaims(Collection<String> ids, Instant now, Lease lease) {
        leases.renew(ids, now, lease);
    }

    @Override
    public void releaseClaims(Lease lease) {
        leases.release(lease);
    }

    @Override
    public Optional<Instant> nextDue() {
        return jdbc.queryOne("SELECT MIN(COALESCE(next_poll_at, 0)) FROM sources WHERE enabled = 1",
                rs -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
                });
    }

    @Override
    public void saveState(String id, FetchState st) {
        jdbc.update("UPDATE sources SET etag = ?, last_modified = ?, next_poll_at = ?, last_attempt_at = ?, "
                        + "last_success_at = ?, failures_in_row = ?, last_error_kind = ?, last_error = ?, "
                        + "last_error_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?",
                // a validator longer than its column is no validator a server needs back: it is dropped
                fits(st.etag(), 512), fits(st.lastModified(), 128), st.nextPollAt(), st.lastAttemptAt(), st.lastSuccessAt(),
                st.failuresInRow(), st.lastErrorKind() == null ? null : st.lastErrorKind().key(), st.lastError(),
                st.lastErrorAt(), id);
    }

    private static String fits(String s, int max) {
        return s == null || s.length() <= max ? s : null;
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(rs.getString("id"), rs.getString("name"), rs.getString("url"),
                SourceType.fromKey(rs.getString("type")), selectors(rs.getString("selectors")),
                Duration.ofMillis(rs.getLong("interval_ms")), rs.getString("added_by"), rs.getInt("enabled") == 1,
                rs.getInt("trusted") == 1, rs.getString("category"));
    }

    private static FetchState state(ResultSet rs) throws SQLException {
        String kind = rs.getString("last_error_kind");
        return new FetchState(rs.getString("etag"), rs.getString("last_modified"), Jdbc.instant(rs, "next_poll_at"),
                Jdbc.instant(rs, "last_attempt_at"), Jdbc.instant(rs, "last_success_at"),
                rs.getInt("failures_in_row"), kind == null ? null : FailureKind.fromKey(kind),
                rs.getString("last_error"), Jdbc.instant(rs, "last_error_at"));
    }

    private static String selectorsJson(Selectors s) {
        if (s == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store: cannot write selectors", e);
        }
    }

    private static Selectors selectors(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Selectors.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store: unreadable selectors " + json, e);
        }
    }
}
