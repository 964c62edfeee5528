package dev.newsdesk.app.chat;

import dev.newsdesk.app.Instances;
import dev.newsdesk.app.Lease;
import dev.newsdesk.app.Metrics;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;
import dev.newsdesk.core.chat.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers the outbox: picks due deliveries oldest first, keeps each platform's limits ({@link Pacer}), sends on a
 * small pool (one message in flight per chat, so parts keep their order), and records the outcome: sent (with the
 * platform's message id), retry later (429 {@code retry_after}, transient errors with backoff), or failed (refused
 * messages, blocked chats: never retried forever). Deliveries of platforms not registered here stay pending.
 * Several instances may deliver one outbox: each delivery is claimed ({@link Lease}) before it is sent, so it is sent
 * by one instance; a claim is renewed on every pass while the delivery waits or is in flight, and one left by an
 * instance that died is taken over once it expires. Each platform's overall limit is the bot's: the instances alive
 * on the store ({@link Instances}) split it, each checking in every few seconds; per-chat pacing is per instance.
 */
public final class DeliveryService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);
    private static final int BATCH = 300;
    /** Looks at the store at least this often: other processes and timers add due deliveries too. */
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    /** How often this instance checks in, and so how soon it notices another one joining or leaving. */
    private static final Duration CHECK_IN = Duration.ofSeconds(5);
    /** An instance whose latest check-in is older than this no longer takes a share of the overall limits. */
    private static final Duration ALIVE = CHECK_IN.multipliedBy(3);

    private final Outbox outbox;
    private final ChatStore chats;
    private final Clock clock;
    private final Map<String, ChatPlatform> platforms = new HashMap<>();
    private final Map<String, Pacer> pacers = new HashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /**
     * Deliveries whose outcome was recorded since the current pass claimed: the pass's rows were read before, and
     * still show them pending. Without this, a send that finishes between the claim and the in-flight check would be
     * sent again.
     */
    private final Set<String> finished = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private final ExecutorService senders;
    private final int senderCount;
    private final Lease lease;
    private final Instances instances;
    private Instant checkedInAt = Instant.EPOCH;
    private final Metrics metrics;
    private boolean dirty;
    private volatile boolean running;
    private Thread loop;

    /**
     * @param senders how many messages may be in flight at once (different chats)
     */
    public DeliveryService(Outbox outbox, ChatStore chats, List<ChatPlatform> platforms, Clock clock, int senders) {
        this(outbox, chats, platforms, clock, senders, Metrics.NONE, Lease.forThisProcess(Lease.DEFAULT_LENGTH));
    }

    /** @param metrics counts messages sent (by platform and kind), 429s, and reads the outbox depth */
    public DeliveryService(Outbox outbox, ChatStore chats, List<ChatPlatform> platforms, Clock clock, int senders,
                           Metrics metrics) {
        this(outbox, chats, platforms, clock, senders, metrics, Lease.forThisProcess(Lease.DEFAULT_LENGTH));
    }

    /**
     * @param senders how many messages may be in flight at once (different chats)
     * @param lease   this instance's claims on deliveries
     */
    public DeliveryService(Outbox outbox, ChatStore chats, List<ChatPlatform> platforms, Clock clock, int senders,
                           Lease lease) {
        this(outbox, chats, platforms, clock, senders, Metrics.NONE, lease);
    }

    /**
     * @param metrics counts messages sent (by platform and kind), 429s, and reads the outbox depth
     * @param lease   this instance's claims on deliveries
     */
    public DeliveryService(Outbox outbox, ChatStore chats, List<ChatPlatform> platforms, Clock clock, int senders,
                           Metrics metrics, Lease lease) {
        this(outbox, chats, platforms, clock, senders, metrics, lease, Instances.ALONE);
    }

    /**
     * @param metrics   counts messages sent (by platform and kind), 429s, and reads the outbox depth
     * @param lease     this instance's claims on deliveries
     * @param instances the instances alive on the store, which share each platform's overall limit
     */
    public DeliveryService(Outbox outbox, ChatStore chats, List<ChatPlatform> platforms, Clock clock, int senders,
                           Metrics metrics, Lease lease, Instances instances) {
        this.instances = instances;
        this.metrics = metrics;
        metrics.outboxDepth(outbox::pendingCount);
        this.lease = lease;
        this.outbox = outbox;
        this.chats = chats;
        this.clock = clock;
        for (ChatPlatform p : platforms) {
            this.platforms.put(p.platform(), p);
            this.pacers.put(p.platform(), new Pacer(p.limits()));
        }
        AtomicInteger n = new AtomicInteger();
        this.senderCount = senders;
        this.senders = Executors.newFixedThreadPool(senders, r -> {
            Thread t = new Thread(r, "outbox-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the delivery loop (idempotent). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        loop = new Thread(this::run, "outbox");
        loop.setDaemon(true);
        loop.start();
        log.info("outbox: started platforms={} pending={}", platforms.keySet(), outbox.pendingCount());
    }

    /** Something was enqueued or finished: look again now instead of at the next poll. */
    public void wake() {
        synchronized (signal) {
            dirty = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            Instant wakeAt;
            try {
                wakeAt = round();
            } catch (RuntimeException e) {
                log.error("outbox: round failed", e);
                wakeAt = clock.instant().plusSeconds(1);
            }
            synchronized (signal) {
                long wait = Duration.between(clock.instant(), wakeAt).toMillis();
                while (!dirty && running && wait > 0) {
                    try {
                        signal.wait(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    wait = Duration.between(clock.instant(), wakeAt).toMillis();
                }
                dirty = false;
            }
        }
    }

    /** One pass over the due deliveries; returns when to look again. */
    private Instant round() {
        Instant now = clock.instant();
        checkIn(now);
        Instant wakeAt = now.plus(IDLE_POLL);
        Set<String> seen = new HashSet<>();
        // an outcome recorded before this clear is in the store before the claim below reads it
        finished.clear();
        var claimed = outbox.claim(now, claimLimit(), lease);
        for (Delivery d : claimed) {
            String chatKey = d.chat().toString();
            // only the oldest due delivery of each chat, and only when none of its messages is in flight
            if (finished.contains(d.key()) || !seen.add(chatKey) || inFlight.contains(chatKey)) {
                continue;
            }
            ChatPlatform platform = platforms.get(d.chat().platform());
            if (platform == null) {
                continue;
            }
            // a delivery outside the posting limits (a Slack answer to its response_url) takes no slot
            Pacer pacer = platform.underPostingLimits(d.payload(), d.format()) ? pacers.get(platform.platform()) : null;
            var later = pacer == null ? Optional.<Instant>empty()
                    : pacer.tryAcquire(chatKey, d.shared(), OutboxReplies.KIND.equals(d.kind()), clock.instant());
            if (later.isPresent()) {
                if (later.get().isBefore(wakeAt)) {
                    wakeAt = later.get();
                }
                continue;
            }
            inFlight.add(chatKey);
            senders.execute(() -> {
                try {
                    deliver(platform, d);
                } catch (RuntimeException e) {
                    log.error("outbox: delivery crashed key={}", d.key(), e);
                } finally {
                    if (pacer != null) {
                        pacer.release(chatKey, d.shared(), clock.instant());
                    }
                    finished.add(d.key());
                    inFlight.remove(chatKey);
                    wake();
                }
            });
        }
        return wakeAt;
    }

    /**
     * How many deliveries to claim in a pass: about what this instance may send in the next two seconds (its part of
     * each limited platform's overall limit), at least two per sender (a platform without limits, the console, sends
     * as fast as the senders go, and every finished send starts a pass), at most {@link #BATCH}. Claiming more than it
     * can send would keep the rest from the other instances: with a claim of 300, one instance took every message of
     * a 300-message fan-out and the others stood idle.
     */
    private int claimLimit() {
        long perSecond = 0;
        for (Pacer p : pacers.values()) {
            int part = p.overallPerSecond();
            perSecond += part == Integer.MAX_VALUE ? 0 : part;
        }
        return (int) Math.min(BATCH, Math.max(2L * senderCount, 2 * perSecond));
    }

    /** Now and then: tells the store this instance is alive and takes this instance's share of the overall limits. */
    private void checkIn(Instant now) {
        if (now.isBefore(checkedInAt.plus(CHECK_IN))) {
            return;
        }
        checkedInAt = now;
        try {
            int alive = instances.checkIn(lease, now, ALIVE);
            for (Pacer p : pacers.values()) {
                p.share(alive);
            }
        } catch (RuntimeException e) {
            // the store is briefly away: keep the share we had, look again at the next check-in
            log.warn("outbox: cannot check in: {}", e.getMessage());
        }
    }

    private void deliver(ChatPlatform platform, Delivery d) {
        ChatPlatform.SendResult result;
        try {
            result = attempt(platform, d);
        } catch (RuntimeException e) {
            result = new ChatPlatform.SendResult.Transient(e.toString());
        }
        Instant now = clock.instant();
        if (result instanceof ChatPlatform.SendResult.Sent s) {
            outbox.markSent(d.key(), s.messageId(), now);
            metrics.messageSent(platform.platform(), d.kind() == null ? "message" : d.kind());
            log.debug("outbox: sent key={} chat={} message={}", d.key(), d.chat(), s.messageId());
        } else if (result instanceof ChatPlatform.SendResult.RetryAfter ra) {
            Instant until = now.plus(ra.delay());
            metrics.rateLimited(platform.platform());
            pacers.get(platform.platform()).holdChat(d.chat().toString(), until);
            // a 429 is the pace, not the message: it does not count towards giving up
            outbox.retryAt(d, until, d.attempts(), "429 retry after " + ra.delay().toSeconds() + " s");
            log.warn("outbox: rate limited key={} chat={} retry_after_s={}", d.key(), d.chat(),
                    ra.delay().toSeconds());
        } else if (result instanceof ChatPlatform.SendResult.Transient t) {
            int attempts = d.attempts() + 1;
            if (attempts >= RetryPolicy.MAX_ATTEMPTS) {
                outbox.fail(d.key(), t.reason(), now);
                log.error("outbox: giving up key={} chat={} attempts={} reason={}", d.key(), d.chat(), attempts,
                        t.reason());
            } else {
                Duration wait = RetryPolicy.backoff(attempts);
                outbox.retryAt(d, now.plus(wait), attempts, t.reason());
                log.warn("outbox: retry key={} chat={} attempts={} in_s={} reason={}", d.key(), d.chat(), attempts,
                        wait.toSeconds(), t.reason());
            }
        } else if (result instanceof ChatPlatform.SendResult.Rejected rj) {
            outbox.fail(d.key(), rj.reason(), now);
            log.error("outbox: rejected key={} chat={} reason={}", d.key(), d.chat(), rj.reason());
        } else if (result instanceof ChatPlatform.SendResult.Blocked b) {
            outbox.fail(d.key(), b.reason(), now);
            int dropped = outbox.failPending(d.chat(), "chat inactive: " + b.reason(), now);
            chats.setActive(d.chat(), false);
            log.warn("outbox: chat inactive chat={} reason={} dropped={}", d.chat(), b.reason(), dropped);
        } else if (result instanceof ChatPlatform.SendResult.Migrated m) {
            ChatRef to = new ChatRef(d.chat().platform(), m.newChatId());
            chats.migrate(d.chat(), to);
            int moved = outbox.moveChat(d.chat(), to);
            log.info("outbox: chat migrated from={} to={} moved={}", d.chat(), to, moved);
        }
    }

    private ChatPlatform.SendResult attempt(ChatPlatform platform, Delivery d) {
        if (d.picture() != null) {
            return platform.sendImage(d.chat(), d.picture(), "chart.png", d.payload(), d.format());
        }
        if (d.editOf() == null) {
            return platform.send(d.chat(), d.payload(), d.format(), d.previews());
        }
        Optional<String> original = outbox.messageId(d.editOf());
        if (original.isEmpty()) {
            // the message to update was never sent (failed, or given up): an update alone would be noise
            return outbox.state(d.editOf()).filter("pending"::equals).isPresent()
                    ? new ChatPlatform.SendResult.Transient("the message to edit is not sent yet")
                    : new ChatPlatform.SendResult.Rejected("the message to edit was not sent");
        }
        return platform.edit(d.chat(), original.get(), d.payload(), d.format(), d.previews());
    }

    /** Stops the loop and waits briefly for sends in flight; what is left stays pending for the next start. */
    @Override
    public void close() {
        running = false;
        wake();
        senders.shutdown();
        boolean idle = false;
        try {
            idle = senders.awaitTermination(3, TimeUnit.SECONDS);
            if (loop != null) {
                loop.join(2000);
                idle &= !loop.isAlive();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // waiting deliveries go to the other instances at once; one still in flight keeps its claim until it expires
        if (idle) {
            try {
                outbox.releaseClaims(lease);
                instances.leave(lease);
            } catch (RuntimeException e) {
                log.warn("outbox: cannot release claims: {}", e.getMessage());
            }
        }
    }
}
