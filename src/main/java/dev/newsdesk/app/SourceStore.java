package dev.newsdesk.app;

import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where sources and their fetch state live. */
public interface SourceStore {

    /**
     * Makes the store agree with the operator's config: config sources are added or updated (their fetch state is
     * kept), and config sources no longer in the config are disabled (their items stay).
     */
    void syncConfigured(List<Source> configured, Instant now);

    /** Adds a source (or replaces the definition of one with the same id, keeping its fetch state). */
    void save(Source source, Instant now);

    /** Removes a source; its items stay. Returns false when there was none. */
    boolean remove(String id);

    Optional<Source> find(String id);

    /** Every source with its state and item count, ordered by id. */
    List<SourceStatus> list();

    /** Enabled sources that are due at {@code now} (never polled, or next poll not later than now), soonest first. */
    List<SourceStatus> due(Instant now, int limit);

    /** The earliest next poll among enabled sources, or empty when there are none. */
    Optional<Instant> nextDue();

    void saveState(String id, FetchState state);
}
