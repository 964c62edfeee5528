package dev.newsdesk.app.chat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Worker threads for answering chats, one single-thread lane per slot: a chat's messages always take the same lane,
 * so they are answered in the order sent, while other chats go on in parallel. A slow command never holds up the
 * platform's receiving thread (Slack wants its acknowledgement within 3 s).
 */
public final class ChatLanes implements AutoCloseable {
    private final ExecutorService[] lanes;

    /**
     * @param name    thread name prefix, e.g. {@code slack-chat}
     * @param workers lanes (threads)
     */
    public ChatLanes(String name, int workers) {
        AtomicInteger n = new AtomicInteger();
        this.lanes = new ExecutorService[Math.max(1, workers)];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /**
     * Runs {@code work} on the lane of {@code chatKey}, after that chat's earlier work.
     *
     * @return false when the lanes are closed
     */
    public boolean submit(String chatKey, Runnable work) {
        try {
            lanes[Math.floorMod(chatKey.hashCode(), lanes.length)].execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Stops taking work and waits up to 3 s for the work in hand. */
    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        try {
            for (ExecutorService lane : lanes) {
                lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
