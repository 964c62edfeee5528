package dev.newsdesk.app;

import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What follows a poll once its items are stored: article pages for teasers, then analyses, stories and listeners.
 * It runs on its own pool (one thread beside the poll workers), so that a poll is done when its items are safely
 * stored and never waits for slow article sites or for analysis. While polls are in progress this stage takes a
 * bounded share of its threads' time (it pauses after each step in proportion to the CPU time the step used): a
 * cycle over many feeds is not slowed by analysing what it has just stored, and a poller that is never idle still
 * leaves analysis a steady share rather than none. Waiting follow-ups hold item ids only; when even
 * that queue is full, the poll worker runs the follow-up itself, which slows polling instead of piling up work.
 * Items stored but not yet analysed when the process stops are picked up at the next start
 * ({@link ItemIntelligence#catchUp}).
 */
public final class AfterPoll implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AfterPoll.class);
    /** A pause is checked this often for the end of the polls in progress. */
    private static final long PAUSE_SLICE_MS = 20;
    /** One pause lasts at most this long, however long the step was (a cold first step can take seconds). */
    private static final long MAX_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final java.lang.management.ThreadMXBean CPU = threadCpu();

    private final ArticleCompleter completer;
    private final ItemIntelligence intelligence;
    private final ItemStore items;
    private final ThreadPoolExecutor pool;
    /** The pool, with each step followed by its pause while polls run. */
    private final java.util.concurrent.Executor paced;
    private final PollActivity polls;
    /** Pause per nanosecond of work while polls run: (1 - share) / share. */
    private final double pausePerWork;
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idle = new Object();

    /**
     * @param completer fetches article pages for teasers, or null
     * @param queue     follow-ups waiting at most before the poll workers run them themselves
     */
    public AfterPoll(ArticleCompleter completer, ItemIntelligence intelligence, ItemStore items, int threads,
                     int queue) {
        this(completer, intelligence, items, threads, queue, new PollActivity(), 1.0);
    }

    /**
     * @param polls          tells whether polls are in progress
     * @param shareWhileBusy the share of its threads' time this stage takes while polls run, in (0, 1]; 1 never
     *                       pauses
     */
    public AfterPoll(ArticleCompleter completer, ItemIntelligence intelligence, ItemStore items, int threads,
                     int queue, PollActivity polls, double shareWhileBusy) {
        if (!(shareWhileBusy > 0 && shareWhileBusy <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + shareWhileBusy);
        }
        this.polls = polls;
        this.pausePerWork = (1 - shareWhileBusy) / shareWhileBusy;
        this.completer = completer;
        this.intelligence = intelligence;
        this.items = items;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                r -> new StageThread(r, "after-poll-" + n.incrementAndGet()),
                new ThreadPoolExecutor.CallerRunsPolicy());
        this.paced = step -> pool.execute(() -> runPaced(step));
    }

    /**
     * Runs one step; on this stage's own threads, while polls are in progress, then pauses for the step's CPU time
     * times {@link #pausePerWork}, ending the pause early once no poll runs. A poll worker that runs a step itself
     * (the queue was full) never pauses.
     */
    private void runPaced(Runnable step) {
        if (pausePerWork == 0 || !(Thread.currentThread() instanceof StageThread)) {
            step.run();
            return;
        }
        long cpu0 = cpuNanos();
        try {
            step.run();
        } finally {
            if (polls.busy()) {
                long worked = cpuNanos() - cpu0;
                long pauseNanos = (long) Math.min(worked * pausePerWork, MAX_PAUSE_NANOS);
                long until = System.nanoTime() + pauseNanos;
                try {
                    while (polls.busy() && System.nanoTime() < until) {
                        TimeUnit.MILLISECONDS.sleep(PAUSE_SLICE_MS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Follows up what one poll stored (only new and changed items). Only their ids wait in the queue: the items are
     * read back from the store when their turn comes, so a long queue costs little memory.
     */
    public void submit(Source source, ItemStore.StoreResult stored) {
        Set<String> changedIds = stored.changedIds();
        if (changedIds.isEmpty()) {
            return;
        }
        pending.incrementAndGet();
        CompletableFuture.supplyAsync(() -> inStoredOrder(items.byIds(List.copyOf(changedIds)), stored), paced)
                .thenCompose(changed -> {
                    CompletableFuture<List<Item>> pages = completer == null
                            ? CompletableFuture.completedFuture(changed) : completer.complete(source, changed);
                    if (pages.isDone() && !pages.isCompletedExceptionally()) {
                        // nothing to wait for: analysed in the same step, so that loaded items never wait in the
                        // queue (behind every other poll's loading step) while analysis is paced
                        record(source, changed, pages.join(), stored);
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    return pages.thenAcceptAsync(done -> record(source, changed, done, stored), paced);
                })
                .whenComplete((v, e) -> finished(e, "source=" + source.id()));
    }

    /** New items first, in the order the poll stored them, so that stories form as they would have at once. */
    private static List<Item> inStoredOrder(List<Item> found, ItemStore.StoreResult stored) {
        java.util.Map<String, Item> byId = new java.util.HashMap<>();
        for (Item it : found) {
            byId.put(it.id(), it);
        }
        List<Item> out = new ArrayList<>(found.size());
        for (String id : stored.newIds()) {
            Item it = byId.remove(id);
            if (it != null) {
                out.add(it);
            }
        }
        for (String id : stored.updatedIds()) {
            Item it = byId.remove(id);
            if (it != null) {
                out.add(it);
            }
        }
        return out;
    }

    private void finished(Throwable failure, String what) {
        if (failure != null) {
            log.error("after-poll {} failed", what, failure);
        }
        if (pending.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    private static java.lang.management.ThreadMXBean threadCpu() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b : null;
    }

    /** This thread's CPU time where the JVM measures it; otherwise wall time stands in for it (a longer pause). */
    private static long cpuNanos() {
        return CPU != null ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** This stage's threads: daemons, so that a stop never waits for analysis (it is caught up at the next start). */
    private static final class StageThread extends Thread {
        StageThread(Runnable r, String name) {
            super(r, name);
            setDaemon(true);
        }
    }

    private void record(Source source, List<Item> before, List<Item> done, ItemStore.StoreResult stored) {
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i) != before.get(i)) {
                items.replaceText(done.get(i).id(), done.get(i).text());
            }
        }
        intelligence.afterStore(done, stored, null, source.name());
    }

    /** Runs a catch-up (analyses missed by an earlier run) on this stage's pool, in the background. */
    public void submitCatchUp(Runnable catchUp) {
        pending.incrementAndGet();
        CompletableFuture.runAsync(catchUp, paced).whenComplete((v, e) -> finished(e, "catch-up"));
    }

    /** Follow-ups submitted and not finished. */
    public int pending() {
        return pending.get();
    }

    /** Waits until every submitted follow-up has finished, or the timeout passed; true when idle. */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(idle, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Lets the follow-up in progress finish (at most 2 s: a follow-up is short) and drops the waiting ones: their
     * items are stored, and the next start catches up with them.
     */
    @Override
    public void close() {
        pool.shutdown();
        pool.getQueue().clear();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
