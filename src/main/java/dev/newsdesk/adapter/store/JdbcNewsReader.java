package dev.newsdesk.adapter.store;

import dev.newsdesk.app.chat.NewsReader;
import dev.newsdesk.core.analysis.impact.Direction;
import dev.newsdesk.core.analysis.impact.Sector;
import dev.newsdesk.core.chat.ImpactBadge;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.Stories;
import dev.newsdesk.core.digest.DigestEntry;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.newsdesk.core.chat.StoryView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * News for chat from {@code items}, their sources, stories and analyses: the analysis's summary when there is one,
 * the story id for grouping across outlets, and the market-impact badge.
 */
public final class JdbcNewsReader implements NewsReader {
    private static final String SELECT = "SELECT i.id, i.source_id, s.name, i.url, i.title, "
            + "COALESCE(NULLIF(a.summary, ''), i.summary), i.body, i.published_at, i.story_id, a.impact_direction, "
            + "a.impact_sectors, a.watch_for, a.takeaways FROM items i LEFT JOIN sources s ON s.id = i.source_id "
            + "LEFT JOIN analyses a ON a.item_id = i.id ";
    private final Jdbc jdbc;

    public JdbcNewsReader(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public List<NewsItem> since(Instant since, int limit) {
        return jdbc.query(SELECT + "WHERE i.published_at >= ? ORDER BY i.published_at DESC LIMIT ?",
                JdbcNewsReader::item, since, limit);
    }

    @Override
    public List<NewsItem> byIds(List<String> ids) {
        return jdbc.queryIn(SELECT + "WHERE i.id IN", ids, JdbcNewsReader::item);
    }

    @Override
    public Optional<NewsItem> byUrl(String url) {
        return jdbc.queryOne(SELECT + "WHERE i.url = ?", JdbcNewsReader::item, url);
    }

    /** Digests show a short summary and never the full text: both are cut here, where the row is read. */
    private static final int DIGEST_SUMMARY_CHARS = 400;
    private static final String DIGEST_SELECT = "SELECT i.id, i.source_id, s.name, i.url, i.title, "
            + "COALESCE(NULLIF(a.summary, ''), i.summary), '', i.published_at, i.story_id, a.impact_direction, "
            + "a.impact_sectors, a.watch_for, '', a.topics, a.impact_score, a.item_id FROM items i "
            + "LEFT JOIN sources s ON s.id = i.source_id LEFT JOIN analyses a ON a.item_id = i.id ";

    @Override
    public void forEachDigestEntry(Instant since, Consumer<DigestEntry> sink) {
        jdbc.forEach(DIGEST_SELECT + "WHERE i.published_at >= ? ORDER BY i.published_at",
                rs -> sink.accept(digestEntry(rs)), since);
    }

    @Override
    public List<DigestEntry> digestEntriesChangedSince(Instant since) {
        // two indexed reads rather than one OR that would scan every item
        Map<String, DigestEntry> out = new LinkedHashMap<>();
        jdbc.forEach(DIGEST_SELECT + "WHERE i.updated_at >= ?", rs -> {
            DigestEntry e = digestEntry(rs);
            out.put(e.item().id(), e);
        }, since);
        jdbc.forEach(DIGEST_SELECT + "WHERE a.analyzed_at >= ?", rs -> {
            DigestEntry e = digestEntry(rs);
            out.put(e.item().id(), e);
        }, since);
        return new ArrayList<>(out.values());
    }

    @Override
    public List<DigestEntry> digestEntries(List<String> ids) {
        return jdbc.queryIn(DIGEST_SELECT + "WHERE i.id IN", ids, JdbcNewsReader::digestEntry);
    }

    private static DigestEntry digestEntry(ResultSet rs) throws SQLException {
        NewsItem it = item(rs);
        if (it.summary().length() > DIGEST_SUMMARY_CHARS) {
            it = new NewsItem(it.id(), it.sourceId(), it.sourceName(), it.url(), it.title(),
                    Stories.shorten(it.summary(), DIGEST_SUMMARY_CHARS), "", it.published(), it.storyId(),
                    it.impact(), it.move(), it.takeaways(), it.watch().isEmpty() ? List.of() : it.watch().subList(0, 1));
        }
        boolean analysed = rs.getString(16) != null;
        return new DigestEntry(it, new java.util.HashSet<>(Jdbc.splitLines(rs.getString(14))),
                analysed ? rs.getDouble(15) : 0, analysed);
    }

    @Override
    public NewsStatus status() {
        long items = jdbc.count("SELECT COUNT(*) FROM items");
        // MAX of no rows (or of nulls) is one NULL row: read it as a list, not through queryOne
        List<Long> last = jdbc.query("SELECT MAX(last_attempt_at) FROM sources", rs -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        });
        Long lastMs = last.isEmpty() ? null : last.get(0);
        return new NewsStatus(items, lastMs == null ? null : Instant.ofEpochMilli(lastMs));
    }

    private static NewsItem item(ResultSet rs) throws SQLException {
        String direction = rs.getString(10);
        String sectorLines = rs.getString(11);
        List<Sector> sectors = Jdbc.splitLines(sectorLines).stream().map(Sector::valueOf).toList();
        Direction d = direction == null ? null : Direction.valueOf(direction);
        String badge = d == null ? null : ImpactBadge.of(d, sectors).orElse(null);
        StoryView.Move move = d == null || d == Direction.NEUTRAL ? null
                : new StoryView.Move(d == Direction.POSITIVE, sectors.stream().map(Sector::displayName).toList());
        return new NewsItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9), badge, move,
                Jdbc.splitLines(rs.getString(13)), Jdbc.splitLines(rs.getString(12)));
    }
}
