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
 * Polls every enabled source when it is due. One scheduler thread claims due sources in the store and hands each to
 * the {@link SourceRefresher}; a source already being polled is not started again. Several instances may poll one
 * store: a claim ({@link Lease}) gives a source to one instance until its new state is saved, and the scheduler
 * renews the claims of the polls in progress; an instance that dies stops renewing, and its sources are claimed by
 * the others once the claims expire. The scheduler claims no more sources than it can start at once, so no claim
 * waits in a queue. The concurrency limits live in the fetcher, so handing over many sources at once is safe.
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
    private final Lease lease;
    /** How many free slots make another claim worth a round trip to the store. */
    private final int refill;
    private Instant renewedAt = Instant.EPOCH;
    private final PollActivity activity;
    private volatile boolean stopping;
    private volatile Instant lastPollAt;
    /** When the scheduler last looked for due sources or started a poll: a stuck scheduler stops moving it. */
    private volatile Instant lastRoundAt;

    public Poller(SourceStore sources, SourceRefresher refresher, Clock clock) {
        this(sources, refresher, clock, 64, Lease.forThisProcess(Lease.DEFAULT_LENGTH), new PollActivity());
    }

    /**
     * @param maxInProgress polls started and not yet stored at most: the fetch concurrency plus a few bodies
     *                      waiting for a worker
     * @param lease         this instance's claims on sources
     */
    public Poller(SourceStore sources, SourceRefresher refresher, Clock clock, int maxInProgress, Lease lease) {
        this(sources, refresher, clock, maxInProgress, lease, new PollActivity());
    }

    /**
     * @param maxInProgress polls started and not yet stored at most
     * @param activity      counts the polls in progress, for work that gives way to them
     */
    public Poller(SourceStore sources, SourceRefresher refresher, Clock clock, int maxInProgress,
                  PollActivity activity) {
        this(sources, refresher, clock, maxInProgress, Lease.forThisProcess(Lease.DEFAULT_LENGTH), activity);
    }

    /**
     * @param maxInProgress polls started and not yet stored at most: the fetch concurrency plus a few bodies
     *                      waiting for a worker
     * @param lease         this instance's claims on sources
     * @param activity      counts the polls in progress, for work that gives way to them
     */
    public Poller(SourceStore sources, SourceRefresher refresher, Clock clock, int maxInProgress, Lease lease,
                  PollActivity activity) {
        this.lease = lease;
        this.activity = activity;
        this.inProgress = new java.util.concurrent.Semaphore(Math.max(1, maxInProgress));
        this.refill = Math.max(1, maxInProgress / 4);
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
        lastRoundAt = clock.instant();
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

    /**
     * True while the scheduler runs and has made a round within {@code maxQuiet} (a round waiting for a free poll
     * slot counts as moving: every poll it starts is a round).
     */
    public boolean alive(Duration maxQuiet) {
        Instant last = lastRoundAt;
        return alive() && last != null && !last.plus(maxQuiet).isBefore(clock.instant());
    }

    private void tick() {
        if (stopping) {
            return;
        }
        lastRoundAt = clock.instant();
        try {
            while (!stopping) {
                renewClaims();
                int free = Math.min(BATCH, inProgress.availablePermits());
                if (free == 0) {
                    return;
                }
                List<SourceStatus> claimed = sources.claimDue(clock.instant(), free, lease);
                for (SourceStatus s : claimed) {
                    if (stopping) {
                        return;
                    }
                    start(s);
                }
                // more are due (a first cycle, a busy store): claim again as soon as a quarter of the slots are free,
                // rather than at the next tick, so that polling keeps the fetcher busy
                if (claimed.size() < free || !awaitSlots(refill)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the store may be briefly unavailable; the next tick tries again
            log.error("poller: cannot read due sources: {}", e.getMessage());
        }
    }

    /** Waits up to a tick for {@code n} polls to finish; true when they did. */
    private boolean awaitSlots(int n) throws InterruptedException {
        if (inProgress.tryAcquire(n, TICK.toMillis(), TimeUnit.MILLISECONDS)) {
            inProgress.release(n);
            return true;
        }
        return false;
    }

    /** Keeps the claims of the polls in progress alive (on the scheduler thread, so a dead scheduler renews none). */
    private void renewClaims() {
        Instant now = clock.instant();
        if (now.isBefore(renewedAt.plus(lease.renewEvery())) || inFlight.isEmpty()) {
            return;
        }
        sources.renewClaims(List.copyOf(inFlight), now, lease);
        renewedAt = now;
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
        lastRoundAt = lastPollAt;
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
        // every claim is a poll started: when all have finished, the other instances need not wait for expiry; an
        // abandoned poll keeps its claim until it expires, so that its source is not polled twice meanwhile
        if (running.isEmpty()) {
            try {
                sources.releaseClaims(lease);
            } catch (RuntimeException e) {
                log.warn("poller: cannot release claims: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
