package dev.newsdesk.adapter.store;

import dev.newsdesk.app.AnalysisStore;
import dev.newsdesk.core.analysis.Analysis;
import dev.newsdesk.core.analysis.impact.Direction;
import dev.newsdesk.core.analysis.impact.ItemImpact;
import dev.newsdesk.core.analysis.impact.Magnitude;
import dev.newsdesk.core.analysis.impact.Sector;
import dev.newsdesk.core.analysis.impact.SentenceImpact;
import dev.newsdesk.core.analysis.summary.Summary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Analyses in the {@code analyses} table, and their topics in {@code item_topics}. */
public final class JdbcAnalysisStore implements AnalysisStore {
    private final Jdbc jdbc;

    public JdbcAnalysisStore(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public void saveAll(List<Analysis> analyses, List<Instant> publishedAt) {
        if (analyses.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO analyses (item_id, content_hash, summary, "
                         + "takeaways, watch_for, topics, watch_hits, impact_direction, impact_score, "
                         + "impact_magnitude, impact_sectors, impact_assets, impact_sentence, producer, analyzed_at) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET "
                         + "content_hash = excluded.content_hash, summary = excluded.summary, "
                         + "takeaways = excluded.takeaways, watch_for = excluded.watch_for, topics = excluded.topics, "
                         + "watch_hits = excluded.watch_hits, impact_direction = excluded.impact_direction, "
                         + "impact_score = excluded.impact_score, impact_magnitude = excluded.impact_magnitude, "
                         + "impact_sectors = excluded.impact_sectors, impact_assets = excluded.impact_assets, "
                         + "impact_sentence = excluded.impact_sentence, producer = excluded.producer, "
                         + "analyzed_at = excluded.analyzed_at");
                 PreparedStatement dropTopics = c.prepareStatement("DELETE FROM item_topics WHERE item_id = ?");
                 PreparedStatement addTopic = c.prepareStatement(
                         "INSERT INTO item_topics (item_id, topic, published_at) VALUES (?, ?, ?) "
                                 + "ON CONFLICT DO NOTHING")) {
                for (int i = 0; i < analyses.size(); i++) {
                    Analysis a = analyses.get(i);
                    ItemImpact im = a.impact();
                    Jdbc.bind(insert, a.itemId(), a.contentHash(), a.summary().summary(),
                            Jdbc.joinLines(a.summary().takeaways()), Jdbc.joinLines(a.summary().watch()),
                            Jdbc.joinLines(a.topics()),
                            Jdbc.joinLines(a.watchHits()), im.direction().name(), null, im.magnitude().name(),
                            Jdbc.joinLines(im.sectors().stream().map(Sector::name).sorted().toList()),
                            Jdbc.joinLines(im.assets().stream().sorted().toList()), im.sentence(),
                            Jdbc.clip(a.summary().producer(), 128),
                            a.analyzedAt());
                    insert.setDouble(9, im.score());
                    insert.executeUpdate();
                    dropTopics.setString(1, a.itemId());
                    dropTopics.executeUpdate();
                    for (String topic : a.topics()) {
                        Jdbc.bind(addTopic, a.itemId(), topic, publishedAt.get(i));
                        addTopic.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Analysis> find(String itemId) {
        return jdbc.queryOne("SELECT * FROM analyses WHERE item_id = ?", JdbcAnalysisStore::analysis, itemId);
    }

    private static Analysis analysis(ResultSet rs) throws SQLException {
        Set<Sector> sectors = new LinkedHashSet<>();
        for (String s : Jdbc.splitLines(rs.getString("impact_sectors"))) {
            sectors.add(Sector.valueOf(s));
        }
        String sentence = rs.getString("impact_sentence");
        ItemImpact impact = new ItemImpact(Direction.valueOf(rs.getString("impact_direction")),
                rs.getDouble("impact_score"), Magnitude.valueOf(rs.getString("impact_magnitude")), sectors,
                new LinkedHashSet<>(Jdbc.splitLines(rs.getString("impact_assets"))), sentence == null ? "" : sentence,
                SentenceImpact.NONE);
        Summary summary = new Summary(rs.getString("summary"), Jdbc.splitLines(rs.getString("takeaways")),
                Jdbc.splitLines(rs.getString("watch_for")), "", rs.getString("producer"));
        return new Analysis(rs.getString("item_id"), rs.getString("content_hash"), summary,
                Jdbc.splitLines(rs.getString("topics")), Jdbc.splitLines(rs.getString("watch_hits")), impact,
                Instant.ofEpochMilli(rs.getLong("analyzed_at")));
    }
}
