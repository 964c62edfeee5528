package dev.newsdesk.adapter.store;

import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.analysis.summary.Summary;
import dev.newsdesk.core.analysis.summary.SummaryKey;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Model summaries survive a restart, keyed by content hash, model and prompt version. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class JdbcSummaryCacheTest {
    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;

    @Test
    void aSummaryIsKeptByHashModelAndPromptVersionAcrossRestarts() {
        StorageSettings settings = TestStores.fresh(kind, dir);
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
