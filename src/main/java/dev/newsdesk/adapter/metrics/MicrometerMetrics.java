package dev.newsdesk.adapter.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import dev.newsdesk.app.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * {@link Metrics} as Micrometer meters in a Prometheus registry, plus JVM and cache meters. Names follow Micrometer's
 * conventions and come out in Prometheus as {@code newsdesk_fetches_total{result="ok"}},
 * {@code newsdesk_command_seconds_bucket{command="digest",le="0.05"}} and so on (see {@code docs/DESIGN.md}).
 */
public final class MicrometerMetrics implements Metrics, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MicrometerMetrics.class);
    /** Command latency buckets: the chat targets are p50 10 ms and p99 50 ms, so the buckets are dense there. */
    private static final Duration[] COMMAND_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    /** Poll lateness buckets: the scheduler looks every half second; minutes late means it cannot keep up. */
    private static final Duration[] LATENESS_BUCKETS = {
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public MicrometerMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /**
     * Reports a Caffeine cache's hits, misses, evictions and size as {@code cache_gets_total{cache=name,
     * result="hit"|"miss"}} and friends (the cache must be built with {@code recordStats()}).
     */
    public void monitor(String name, Cache<?, ?> cache) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    @Override
    public void fetched(String result) {
        counter("newsdesk.fetches", "Polls of sources by result (ok, not-modified, failure kind)", "result", result)
                .increment();
    }

    @Override
    public void pollStarted(Duration late) {
        Timer.builder("newsdesk.poll.lateness")
                .description("How long after its due time a poll began: polling that falls behind shows here first")
                .serviceLevelObjectives(LATENESS_BUCKETS).register(registry).record(late);
    }

    @Override
    public void itemsStored(int added, int updated) {
        String help = "Items stored by polls: new, or updated in place";
        if (added > 0) {
            counter("newsdesk.items", help, "change", "new").increment(added);
        }
        if (updated > 0) {
            counter("newsdesk.items", help, "change", "updated").increment(updated);
        }
    }

    @Override
    public void storiesStarted(int count) {
        counter("newsdesk.stories", "Stories started by new items").increment(count);
    }

    @Override
    public void messageSent(String platform, String kind) {
        counter("newsdesk.messages.sent", "Messages a chat platform accepted, by kind", "platform", platform,
                "kind", kind).increment();
    }

    @Override
    public void rateLimited(String platform) {
        counter("newsdesk.rate.limited", "429 answers from a chat platform", "platform", platform).increment();
    }

    /** The counter of this name and tags (registered on first use, then looked up). */
    private Counter counter(String name, String help, String... tags) {
        return Counter.builder(name).description(help).tags(tags).register(registry);
    }

    @Override
    public void commandAnswered(String command, long nanos) {
        Timer.builder("newsdesk.command").description("Time to answer a chat command")
                .tag("command", command).serviceLevelObjectives(COMMAND_BUCKETS).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void outboxDepth(LongSupplier pending) {
        Gauge.builder("newsdesk.outbox.pending", () -> {
            try {
                return pending.getAsLong();
            } catch (RuntimeException e) {
                // a scrape while the store is away: no number rather than a wrong one
                log.warn("metrics: outbox depth unavailable: {}", e.getMessage());
                return Double.NaN;
            }
        }).description("Deliveries waiting in the outbox").register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
