package dev.newsdesk.adapter.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.core.analysis.summary.Summary;
import dev.newsdesk.core.analysis.summary.SummaryCache;
import dev.newsdesk.core.analysis.summary.SummaryKey;

import java.time.Clock;
import java.util.Optional;

/**
 * Model summaries in {@code model_summaries}, by (content hash, model, prompt version): a restart, or the same
 * article from another outlet, never costs a second model call.
 */
public final class JdbcSummaryCache implements SummaryCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcSummaryCache(Database db, Clock clock) {
        this.jdbc = db.jdbc();
        this.clock = clock;
    }

    @Override
    public Optional<Summary> get(SummaryKey key) {
        return jdbc.queryOne("SELECT answer FROM model_summaries WHERE content_hash = ? AND model = ? "
                        + "AND prompt_version = ?", rs -> read(rs.getString(1)), key.contentHash(), key.model(),
                key.promptVersion());
    }

    @Override
    public void put(SummaryKey key, Summary summary) {
        String json;
        try {
            json = JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store: cannot write a summary", e);
        }
        jdbc.update("INSERT INTO model_summaries (content_hash, model, prompt_version, answer, tokens, created_at) "
                + "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (content_hash, model, prompt_version) DO UPDATE SET "
                + "answer = excluded.answer, created_at = excluded.created_at", key.contentHash(), key.model(),
                key.promptVersion(), json, clock.instant());
    }

    private static Summary read(String json) {
        try {
            return JSON.readValue(json, Summary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store: unreadable model summary", e);
        }
    }
}
