package dev.newsdesk.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task run on its own named daemon thread, first after {@code first} and then {@code every} after each run ends. A
 * run that fails is logged and the next one comes anyway: a timer that dies quietly is a schedule that never fires.
 */
public final class Periodic implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Periodic.class);
    private final ScheduledExecutorService timer;

    private Periodic(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static Periodic start(String name, Duration first, Duration every, Runnable task) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("{}: run failed", name, e);
            }
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new Periodic(timer);
    }

    /** Stops it, waiting briefly for a run in progress. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
