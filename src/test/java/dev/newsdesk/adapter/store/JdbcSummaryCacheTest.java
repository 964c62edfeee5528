package dev.newsdesk.adapter.store;

import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.analysis.summary.Summary;
import dev.newsdesk.core.analysis.summary.SummaryKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Model summaries survive a restart, keyed by content hash, model and prompt version. */
class JdbcSummaryCacheTest {
    @TempDir
    Path dir;

    @Test
    void aSummaryIsKeptByHashModelAndPromptVersionAcrossRestarts() {
        StorageSettings settings = new StorageSettings("jdbc:sqlite:" + dir.resolve("n.db"), "", "", 2);
        SummaryKey key = new SummaryKey("abc123", "llama3", "summary-v1");
        Summary s = new Summary("Five chip makers signed an AI pact.", List.of("It covers packaging.",
                "Power is bought jointly.", "Regulators will review it."), List.of("Regulators will review it."),
                "Lower costs for members.", "llama3@summary-v1");
        try (Database db = Database.open(settings)) {
            JdbcSummaryCache cache = new JdbcSummaryCache(db, Clock.systemUTC());
            assertThat(cache.get(key)).isEmpty();
            cache.put(key, s);
            cache.put(key, s); // replacing is fine
        }
        try (Database db = Database.open(settings)) {
            JdbcSummaryCache cache = new JdbcSummaryCache(db, Clock.systemUTC());
            assertThat(cache.get(key)).contains(s);
            assertThat(cache.get(new SummaryKey("abc123", "llama3", "summary-v2"))).isEmpty();
            assertThat(cache.get(new SummaryKey("abc123", "gpt-4o", "summary-v1"))).isEmpty();
        }
    }
}
