package dev.newsdesk.app;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many polls are in progress (fetched or being fetched, not yet stored). The {@link Poller} counts them; work that
 * can wait, such as analysis ({@link AfterPoll}), asks whether polls are running and gives way to them.
 */
public final class PollActivity {
    private final AtomicInteger running = new AtomicInteger();

    void started() {
        running.incrementAndGet();
    }

    void finished() {
        running.decrementAndGet();
    }

    /** True while at least one poll is in progress. */
    public boolean busy() {
        return running.get() > 0;
    }
}
