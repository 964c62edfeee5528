package dev.newsdesk.app;

import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;

import java.time.Instant;
import java.util.Collection;
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

    /**
     * Claims up to {@code limit} due sources for {@code lease}'s owner (soonest first): enabled, due at {@code now},
     * and not claimed by a live lease. No other instance is given a source while the claim lasts; it ends when the
     * source's new state is saved, or when it expires unrenewed (the instance died).
     */
    List<SourceStatus> claimDue(Instant now, int limit, Lease lease);

    /** Extends this owner's claims on sources still being polled. */
    void renewClaims(Collection<String> ids, Instant now, Lease lease);

    /** Ends every claim of this owner (a clean stop), so that other instances need not wait for them to expire. */
    void releaseClaims(Lease lease);

    /** The earliest next poll among enabled sources, or empty when there are none. */
    Optional<Instant> nextDue();

    /** Records a poll's outcome and ends any claim on the source. */
    void saveState(String id, FetchState state);
}
