package dev.newsdesk.app;

import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.item.ItemNormalizer;
import dev.newsdesk.core.item.ParsedFeed;
import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchOutcome;
import dev.newsdesk.core.source.FetchRequest;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.PollPolicy;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One poll of one source, top to bottom: conditional fetch, parse, normalise, store, then the source's new fetch
 * state (validators, next poll, health). Never throws: whatever goes wrong fails this source only and is recorded on
 * it with a kind and a message a person can act on.
 */
public final class SourceRefresher {
    private static final Logger log = LoggerFactory.getLogger(SourceRefresher.class);

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final SourceStore sources;
    private final ItemStore items;
    private final PollPolicy policy;
    private final Clock clock;
    private final Executor work;
    private final AfterPoll afterPoll;
    private final Metrics metrics;

    /**
     * A refresher that stores items and nothing more (no full-text pages, no analyses).
     *
     * @param work where parsing and storing run (not on the fetcher's I/O threads, which hold connection slots)
     */
    public SourceRefresher(Fetcher fetcher, FeedParser parser, SourceStore sources, ItemStore items, PollPolicy policy,
                           Clock clock, Executor work) {
        this(fetcher, parser, sources, items, policy, clock, work, null);
    }

    /**
     * @param afterPoll what follows once items are stored (article pages, analyses, stories, alerts), or null
     */
    public SourceRefresher(Fetcher fetcher, FeedParser parser, SourceStore sources, ItemStore items, PollPolicy policy,
                           Clock clock, Executor work, AfterPoll afterPoll) {
        this(fetcher, parser, sources, items, policy, clock, work, afterPoll, Metrics.NONE);
    }

    /** @param metrics counts every poll's result and the items it stored */
    public SourceRefresher(Fetcher fetcher, FeedParser parser, SourceStore sources, ItemStore items, PollPolicy policy,
                           Clock clock, Executor work, AfterPoll afterPoll, Metrics metrics) {
        this.metrics = metrics;
        this.fetcher = fetcher;
        this.parser = parser;
        this.sources = sources;
        this.items = items;
        this.policy = policy;
        this.clock = clock;
        this.work = work;
        this.afterPoll = afterPoll;
    }

    /** Polls {@code status.source()} now; the future always completes normally. */
    public CompletableFuture<PollResult> refresh(SourceStatus status) {
        Source source = status.source();
        FetchState state = status.state();
        reportLateness(state.nextPollAt());
        FetchRequest request = new FetchRequest(source.url(), state.etag(), state.lastModified(), source.trusted());
        CompletableFuture<FetchOutcome> fetched;
        try {
            fetched = fetcher.fetch(request);
        } catch (RuntimeException e) {
            fetched = CompletableFuture.completedFuture(FetchOutcome.Failed.of(FailureKind.INTERNAL,
                    "fetch: " + source.url() + ": " + e));
        }
        return fetched.thenComposeAsync(outcome -> handle(source, state, outcome), work)
                .exceptionally(e -> recordFailure(source, state, FailureKind.INTERNAL,
                        "poll: " + source.id() + ": " + (e instanceof java.util.concurrent.CompletionException
                                && e.getCause() != null ? e.getCause() : e), null, 0))
                .thenApply(this::count);
    }

    private void reportLateness(Instant due) {
        if (due == null) {
            return;
        }
        Duration late = Duration.between(due, clock.instant());
        if (!late.isNegative()) {
            try {
                metrics.pollStarted(late);
            } catch (RuntimeException e) {
                log.warn("poll metrics failed: {}", e.toString());
            }
        }
    }

    private PollResult count(PollResult r) {
        try {
            metrics.fetched(switch (r.outcome()) {
                case PollResult.FETCHED -> "ok";
                case PollResult.NOT_MODIFIED -> PollResult.NOT_MODIFIED;
                default -> r.failureKind() == null ? "internal" : r.failureKind().key();
            });
            if (r.added() > 0 || r.updated() > 0) {
                metrics.itemsStored(r.added(), r.updated());
            }
        } catch (RuntimeException e) {
            // counting must never fail a poll
            log.warn("poll source={} metrics failed: {}", r.sourceId(), e.toString());
        }
        return r;
    }

    private CompletableFuture<PollResult> handle(Source source, FetchState state, FetchOutcome outcome) {
        try {
            if (outcome instanceof FetchOutcome.Fetched f) {
                return fetched(source, state, f);
            }
            return CompletableFuture.completedFuture(notFetched(source, state, outcome));
        } catch (RuntimeException e) {
            log.error("poll source={} failed unexpectedly", source.id(), e);
            return CompletableFuture.completedFuture(recordFailure(source, state, FailureKind.INTERNAL,
                    "poll: " + source.id() + ": " + e, null, 0));
        }
    }

    private PollResult notFetched(Source source, FetchState state, FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.NotModified nm) {
            Instant now = clock.instant();
            sources.saveState(source.id(), new FetchState(
                    nm.etag() != null ? nm.etag() : state.etag(),
                    nm.lastModified() != null ? nm.lastModified() : state.lastModified(),
                    policy.afterSuccess(now, state.nextPollAt(), source.interval(), null, nm.maxAge()), now, now, 0,
                    state.lastErrorKind(), state.lastError(), state.lastErrorAt()));
            log.debug("poll source={} not modified", source.id());
            return new PollResult(source.id(), PollResult.NOT_MODIFIED, 0, 0, 0, 0, null, null);
        }
        FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
        return recordFailure(source, state, failed.kind(), failed.message(), failed.retryAfter(), 0);
    }

    /**
     * Parses and normalises on this thread, then hands the items to the store: the poll completes when they are
     * committed, but this worker may go on to the next feed before that (the store commits several feeds at once).
     */
    private CompletableFuture<PollResult> fetched(Source source, FetchState state, FetchOutcome.Fetched f) {
        ParsedFeed feed;
        try {
            feed = parser.parse(f.body(), f.contentType(), f.finalUrl(), source);
        } catch (FeedParseException e) {
            FailureKind kind = e.notAFeed() ? FailureKind.NOT_A_FEED : FailureKind.PARSE_ERROR;
            return CompletableFuture.completedFuture(recordFailure(source, state, kind,
                    source.url() + ": " + e.getMessage(), null, f.body().length));
        }
        Instant now = clock.instant();
        List<Item> parsed = ItemNormalizer.normalize(source.id(), feed, f.finalUrl(), now);
        return items.storeSoon(parsed).thenApply(stored -> stored(source, state, f, feed, parsed, stored, now));
    }

    private PollResult stored(Source source, FetchState state, FetchOutcome.Fetched f, ParsedFeed feed,
                              List<Item> parsed, ItemStore.StoreResult stored, Instant now) {
        sources.saveState(source.id(), new FetchState(f.etag(), f.lastModified(),
                policy.afterSuccess(now, state.nextPollAt(), source.interval(), feed.ttl(), f.maxAge()), now, now, 0,
                state.lastErrorKind(), state.lastError(), state.lastErrorAt()));
        log.info("poll source={} items={} new={} updated={} bytes={}", source.id(), parsed.size(), stored.added(),
                stored.updated(), f.body().length);
        if (afterPoll != null) {
            afterPoll.submit(source, stored);
        }
        return new PollResult(source.id(), PollResult.FETCHED, f.body().length, stored.added(), stored.updated(),
                stored.duplicates(), null, null);
    }

    private PollResult recordFailure(Source source, FetchState state, FailureKind kind, String message,
                                     Duration retryAfter, long bytes) {
        Instant now = clock.instant();
        int failures = state.failuresInRow() + 1;
        // validators are dropped: the next answer must be a full body, not a 304 of something we could not read
        FetchState next = new FetchState(null, null,
                policy.afterFailure(now, source.interval(), failures, retryAfter), now, state.lastSuccessAt(),
                failures, kind, message, now);
        try {
            sources.saveState(source.id(), next);
        } catch (RuntimeException e) {
            log.error("poll source={} cannot record its failure", source.id(), e);
        }
        log.warn("poll source={} kind={} failures={} next={}: {}", source.id(), kind.key(), failures,
                next.nextPollAt(), message);
        return new PollResult(source.id(), PollResult.FAILED, bytes, 0, 0, 0, kind, message);
    }
}
