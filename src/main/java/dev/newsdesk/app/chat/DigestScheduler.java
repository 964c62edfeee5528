package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.DigestLayout;
import dev.newsdesk.core.chat.Inline;
import dev.newsdesk.core.chat.Schedule;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.chat.Window;
import dev.newsdesk.core.digest.Digest;
import dev.newsdesk.core.digest.MentionSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends scheduled digests. Every tick it finds each schedule's latest due time; a digest due since the schedule
 * existed, not handled yet and at most {@code grace} late (the bot was down) is built and recorded with its
 * deliveries in one transaction, under a key made of the schedule and the due time — so it is sent once, whatever
 * restarts or other instances do. One due later than the grace window is skipped, and recorded as such.
 */
public final class DigestScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);
    private static final Duration TICK = Duration.ofSeconds(20);

    private final Supplier<List<ScheduledDigest>> operatorDigests;
    private final ChatStore chats;
    private final DigestService digests;
    private final DigestLog digestLog;
    private final Map<String, MessageRenderer> renderers;
    private final ChartRenderer charts;
    private final DeliveryService delivery;
    private final Duration grace;
    private final Clock clock;
    private ScheduledExecutorService timer;

    /**
     * @param operatorDigests the operator's digests from config
     * @param renderers       one per platform; schedules of chats on other platforms wait
     */
    public DigestScheduler(Supplier<List<ScheduledDigest>> operatorDigests, ChatStore chats, DigestService digests,
                           DigestLog digestLog, Map<String, MessageRenderer> renderers, ChartRenderer charts,
                           DeliveryService delivery, Duration grace, Clock clock) {
        this.operatorDigests = operatorDigests;
        this.chats = chats;
        this.digests = digests;
        this.digestLog = digestLog;
        this.renderers = Map.copyOf(renderers);
        this.charts = charts;
        this.delivery = delivery;
        this.grace = grace;
        this.clock = clock;
    }

    /** Ticks now (digests missed while down) and then every few seconds. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "digest-scheduler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                log.error("schedule: tick failed", e);
            }
        }, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every schedule there is: the chats' and the operator's. */
    List<ScheduledDigest> all() {
        List<ScheduledDigest> out = new ArrayList<>(operatorDigests.get());
        for (Schedule s : chats.allSchedules()) {
            ScheduleSpec spec = s.spec();
            out.add(new ScheduledDigest(s.chat(), "chat:" + s.id(), spec, spec.topics(), spec.options(),
                    s.addedAt()));
        }
        return out;
    }

    /**
     * Sends what is due now.
     *
     * @return how many digests were recorded for sending
     */
    public int tick() {
        Instant now = clock.instant();
        int sent = 0;
        for (ScheduledDigest sd : all()) {
            try {
                sent += due(sd, now) ? 1 : 0;
            } catch (RuntimeException e) {
                // one bad schedule must not hold up the others; it is tried again next tick
                log.error("schedule: failed chat={} schedule={}", sd.chat(), sd.key(), e);
            }
        }
        if (sent > 0) {
            delivery.wake();
            log.info("schedule: digests recorded={}", sent);
        }
        return sent;
    }

    private boolean due(ScheduledDigest sd, Instant now) {
        MessageRenderer renderer = renderers.get(sd.chat().platform());
        if (renderer == null) {
            return false;
        }
        Instant due = sd.due().lastAtOrBefore(now);
        Instant since = sd.addedAt() != null ? sd.addedAt() : digestLog.firstSeen(sd.chat(), sd.key(), now);
        if (!due.isAfter(since) || digestLog.handled(sd.chat(), sd.key(), due)) {
            return false;
        }
        Optional<ChatInfo> chat = chats.find(sd.chat());
        if (chat.isEmpty() || !chat.get().active()) {
            return false;
        }
        if (Duration.between(due, now).compareTo(grace) > 0) {
            digestLog.record(sd.chat(), sd.key(), due, List.of(), List.of(), now);
            log.warn("schedule: missed chat={} schedule={} due={} late_min={} (over the grace window)", sd.chat(),
                    sd.key(), due, Duration.between(due, now).toMinutes());
            return false;
        }
        // the window reaches back from the due time, and forward to now when sent late
        Duration window = sd.due().window(due).plus(Duration.between(due, now));
        DigestService.Ask ask = new DigestService.Ask(sd.chat(), chat.get().zone(), sd.topics(), window, true);
        Digest d = digests.digest(ask, now);
        boolean shared = chat.get().type().shared();
        String base = "digest:" + sd.chat() + ":" + sd.key() + ":" + due.toEpochMilli();
        List<Delivery> deliveries = new ArrayList<>();
        if (!d.isEmpty() || !sd.options().contains(ScheduleSpec.QUIET)) {
            ChatMessage msg = d.isEmpty() ? nothingNew(d) : DigestLayout.digest(d, chat.get().zone());
            deliveries.addAll(OutboxReplies.parts(base, sd.chat(), shared, "digest", msg, renderer, now));
            if (!d.isEmpty() && sd.options().contains(ScheduleSpec.CHART)) {
                MentionSeries series = digests.mentions(ask, now);
                byte[] png = ChartRenderer.orNone(charts, series);
                if (png != null) {
                    deliveries.add(OutboxReplies.picture(base + "/chart", sd.chat(), shared, "digest",
                            new ChatMessage.Picture(png, series.title()), renderer, now));
                }
            }
        }
        boolean recorded = digestLog.record(sd.chat(), sd.key(), due, d.entries(), deliveries, now);
        if (recorded) {
            digests.seenChanged(sd.chat());
            log.info("schedule: digest chat={} schedule={} due={} stories={} left_out={} parts={}", sd.chat(),
                    sd.key(), due, d.entries().size(), d.leftOut(), deliveries.size());
        }
        return recorded;
    }

    private static ChatMessage nothingNew(Digest d) {
        return ChatMessage.builder().paragraph(Inline.text("🗞 " + d.label() + " — nothing new in the last "
                + Window.describe(d.window()) + (d.leftOut() > 0 ? " beyond what you already got." : "."))).build();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
