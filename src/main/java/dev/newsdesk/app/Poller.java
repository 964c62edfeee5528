package dev.newsdesk.app;

import dev.newsdesk.core.source.SourceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polls every enabled source when it is due. One scheduler thread looks for due sources and hands each to the
 * {@link SourceRefresher}; a source already being polled is not started again. The concurrency limits live in the
 * fetcher, so handing over many sources at once is safe.
 */
public final class Poller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Poller.class);
    /** How often the scheduler looks at the store at most; due times are honoured to about this precision. */
    private static final Duration TICK = Duration.ofMillis(500);
    private static final int BATCH = 1_000;

    private final SourceStore sources;
    private final SourceRefresher refresher;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<CompletableFuture<PollResult>> running = ConcurrentHashMap.newKeySet();
    /**
     * Polls started and not yet stored. Fetching is faster than parsing: without a bound, a cycle over many large
     * feeds would hold every fetched body in memory while the workers catch up.
     */
    private final java.util.concurrent.Semaphore inProgress;
    private final ScheduledExecutorService scheduler;
    private final PollActivity activity;
    private volatile boolean stopping;
    private volatile Instant lastPollAt;

    public Poller(SourceStore sources, SourceRefresher refresher, Clock clock) {
        this(sources, refresher, clock, 64, new PollActivity());
    }

    /**
     * @param maxInProgress polls started and not yet stored at most: the fetch concurrency plus a few bodies
     *                      waiting for a worker
     * @param activity      counts the polls in progress, for work that gives way to them
     */
    public Poller(SourceStore sources, SourceRefresher refresher, Clock clock, int maxInProgress,
                  PollActivity activity) {
        this.activity = activity;
        this.inProgress = new java.util.concurrent.Semaphore(Math.max(1, maxInProgress));
        this.sources = sources;
        this.refresher = refresher;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "poller");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling in the background. */
    public void start() {
        scheduler.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When the latest poll was started, or null before the first. */
    public Instant lastPollAt() {
        return lastPollAt;
    }

    /** True while the scheduler runs. */
    public boolean alive() {
        return !stopping && !scheduler.isShutdown();
    }

    private void tick() {
        if (stopping) {
            return;
        }
        try {
            for (SourceStatus s : sources.due(clock.instant(), BATCH)) {
                if (stopping) {
                    return;
                }
                start(s);
            }
        } catch (RuntimeException e) {
            // the store may be briefly unavailable; the next tick tries again
            log.error("poller: cannot read due sources: {}", e.getMessage());
        }
    }

    private CompletableFuture<PollResult> start(SourceStatus s) {
        if (!inFlight.add(s.source().id())) {
            return null;
        }
        try {
            inProgress.acquire();
        } catch (InterruptedException e) {
            inFlight.remove(s.source().id());
            Thread.currentThread().interrupt();
            return null;
        }
        lastPollAt = clock.instant();
        activity.started();
        CompletableFuture<PollResult> f;
        try {
            f = refresher.refresh(s);
        } catch (RuntimeException e) {
            activity.finished();
            inProgress.release();
            inFlight.remove(s.source().id());
            throw e;
        }
        running.add(f);
        f.whenComplete((r, e) -> {
            activity.finished();
            inProgress.release();
            inFlight.remove(s.source().id());
            running.remove(f);
        });
        return f;
    }

    /**
     * Polls the given sources once, now, whatever their schedule, and waits for all of them. For the {@code poll}
     * command and benchmarks; do not mix with {@link #start()}.
     */
    public List<PollResult> pollAllOnce(List<SourceStatus> all) {
        List<CompletableFuture<PollResult>> futures = new ArrayList<>();
        for (SourceStatus s : all) {
            CompletableFuture<PollResult> f = start(s);
            if (f != null) {
                futures.add(f);
            }
        }
        List<PollResult> results = new ArrayList<>(futures.size());
        for (CompletableFuture<PollResult> f : futures) {
            results.add(f.join());
        }
        return results;
    }

    /**
     * Stops starting polls and waits up to {@code grace} for the running ones, so that what they fetched is stored
     * and their state recorded. Polls still running after that are abandoned; they are due again at the next start.
     */
    public void stop(Duration grace) {
        stopping = true;
        scheduler.shutdown();
        CompletableFuture<?>[] pending = running.toArray(new CompletableFuture<?>[0]);
        if (pending.length > 0) {
            log.info("poller: waiting for {} polls to finish", pending.length);
            try {
                CompletableFuture.allOf(pending).get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                log.warn("poller: {} polls did not finish in {} s", running.size(), grace.toSeconds());
            } catch (Exception e) {
                log.warn("poller: stopping: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
