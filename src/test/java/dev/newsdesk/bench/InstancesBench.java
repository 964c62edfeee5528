package dev.newsdesk.bench;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.telegram.FakeBotApi;
import dev.newsdesk.adapter.telegram.TelegramApi;
import dev.newsdesk.adapter.telegram.TelegramPlatform;
import dev.newsdesk.app.Lease;
import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.cli.Cluster;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;
import dev.newsdesk.testing.LocalFeeds;
import dev.newsdesk.testing.TestStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Several instances on one (embedded) PostgreSQL, in one JVM:
 * <ol>
 *   <li>three instances polling SOURCES feeds on a local server every INTERVAL: polls per feed per interval in a
 *   steady window, feeds polled twice within 0.9 interval over the whole run, the longest gap;</li>
 *   <li>one instance killed mid-work (requests held, store connections frozen): how long until the others poll the
 *   feeds it was polling and send the messages it was sending;</li>
 *   <li>outbox deliveries per second against the fake Bot API, one instance against three: paced to Telegram's
 *   limits as in production, and unpaced (the store and HTTP path alone).</li>
 * </ol>
 * Usage: {@code bench/instances.sh [SOURCES=5000] [INTERVAL_S=30] [LEASE_S=30] [DELIVERIES=600]}.
 */
public final class InstancesBench {
    private InstancesBench() {
    }

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Duration interval = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Duration lease = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 30);
        int deliveries = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        System.out.printf(Locale.ROOT, "instances: 3, sources: %d, interval: %d s, lease: %d s%n", sources,
                interval.toSeconds(), lease.toSeconds());
        polling(sources, interval, lease);
        for (boolean paced : new boolean[]{true, false}) {
            double one = deliveriesPerSecond(1, deliveries, paced);
            double three = deliveriesPerSecond(3, deliveries, paced);
            System.out.printf(Locale.ROOT, "deliveries/s (%s, %d to %d chats): 1 instance %.1f, 3 instances %.1f"
                    + " (x%.2f)%n", paced ? "paced to Telegram's limits" : "unpaced", deliveries, deliveries, one,
                    three, three / one);
        }
        System.exit(0);
    }

    private static void polling(int sources, Duration interval, Duration lease) throws Exception {
        Path dir = Files.createTempDirectory("newsdesk-instances");
        Cluster.Settings settings = new Cluster.Settings(3, sources, interval, lease, Duration.ofMillis(500), 3);
        try (Cluster cluster = new Cluster(dir, settings)) {
            cluster.start();
            Thread.sleep(interval.plusSeconds(5).toMillis());
            long from = System.nanoTime();
            Thread.sleep(interval.multipliedBy(3).toMillis());
            long to = System.nanoTime();
            int victim = cluster.latestSender();
            long frozen = cluster.kill(victim, interval);
            Thread.sleep(lease.plus(interval.multipliedBy(2)).toMillis());

            List<LocalFeeds.Poll> polls = cluster.feeds.polls();
            Map<Integer, List<Long>> byFeed = new HashMap<>();
            long inWindow = 0;
            Map<String, Integer> perInstance = new HashMap<>();
            for (LocalFeeds.Poll p : polls) {
                byFeed.computeIfAbsent(p.feed(), k -> new ArrayList<>()).add(p.atNanos());
                if (p.atNanos() >= from && p.atNanos() < to) {
                    inWindow++;
                    perInstance.merge(p.instance(), 1, Integer::sum);
                }
            }
            long twice = 0;
            long maxGap = 0;
            for (List<Long> t : byFeed.values()) {
                t.sort(null);
                for (int i = 1; i < t.size(); i++) {
                    long gap = t.get(i) - t.get(i - 1);
                    maxGap = Math.max(maxGap, gap);
                    if (gap < interval.toNanos() * 9 / 10) {
                        twice++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "polls per feed per interval (steady, 3 intervals): %.4f; by instance %s%n",
                    inWindow / (double) sources / 3, perInstance.values());
            System.out.printf(Locale.ROOT, "feeds polled twice within 0.9 interval (whole run, %d polls): %d; "
                    + "feeds never polled: %d; longest gap: %.1f s%n", polls.size(), twice,
                    sources - byFeed.size(), maxGap / 1e9);

            List<Double> pollTakeOver = new ArrayList<>();
            List<LocalFeeds.Poll> inFlight = cluster.feeds.heldPolls().stream().filter(h -> h.atNanos() < frozen)
                    .toList();
            for (LocalFeeds.Poll h : inFlight) {
                polls.stream().filter(p -> p.feed() == h.feed() && p.atNanos() > h.atNanos())
                        .mapToLong(LocalFeeds.Poll::atNanos).min()
                        .ifPresent(next -> pollTakeOver.add((next - frozen) / 1e9));
            }
            List<Double> sendTakeOver = new ArrayList<>();
            for (String held : cluster.bots.get(victim).held) {
                cluster.delivered().stream().filter(s -> (s.chatId() + "\n" + s.text()).equals(held))
                        .mapToLong(FakeBotApi.Sent::atNanos)
                        .min().ifPresent(at -> sendTakeOver.add((at - frozen) / 1e9));
            }
            System.out.printf(Locale.ROOT, "take-over after the kill: %d polls in flight, taken over %s; "
                    + "%d sends in flight, taken over %s (seconds after the freeze)%n",
                    inFlight.size(), spread(pollTakeOver), cluster.bots.get(victim).held.size(),
                    spread(sendTakeOver));
            Set<String> seen = new HashSet<>();
            long duplicates = cluster.delivered().stream().filter(s -> !seen.add(s.chatId() + "\n" + s.text()))
                    .count();
            System.out.printf(Locale.ROOT, "alerts delivered: %d, sent twice: %d%n", cluster.delivered().size(),
                    duplicates);
        }
    }

    private static String spread(List<Double> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        return String.format(Locale.ROOT, "%d, median %.1f s, max %.1f s", v.size(), v.get(v.size() / 2),
                v.get(v.size() - 1));
    }

    /** Drains {@code n} deliveries to {@code n} private chats with {@code instances} delivery services. */
    private static double deliveriesPerSecond(int instances, int n, boolean paced) throws Exception {
        StorageSettings store = TestStores.freshPostgres(4);
        List<AutoCloseable> open = new ArrayList<>();
        try (Database seed = Database.open(store)) {
            JdbcOutbox outbox = new JdbcOutbox(seed);
            Instant now = Instant.now();
            List<Delivery> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(new Delivery("bench:" + i, new ChatRef("telegram", String.valueOf(5000 + i)), false, "alert",
                        "Alert " + i, "html", false, 0, now));
            }
            outbox.enqueue(all, now);
            List<DeliveryService> services = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                FakeBotApi bot = new FakeBotApi();
                open.add(bot);
                Database db = Database.open(store);
                open.add(db);
                ChatPlatform telegram = new TelegramPlatform(TelegramApi.client(FakeBotApi.TOKEN,
                        TelegramApi.url(bot.url())));
                DeliveryService d = new DeliveryService(new JdbcOutbox(db), new JdbcChatStore(db),
                        List.of(paced ? telegram : unpaced(telegram)), Clock.systemUTC(), 8,
                        new Lease("bench-" + i, Lease.DEFAULT_LENGTH));
                services.add(d);
            }
            long start = System.nanoTime();
            services.forEach(DeliveryService::start);
            while (outbox.pendingCount() > 0) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            services.forEach(DeliveryService::close);
            return n / seconds;
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    /** The same platform with no pacing: what the store and the HTTP path deliver on their own. */
    private static ChatPlatform unpaced(ChatPlatform p) {
        return new ChatPlatform() {
            @Override
            public String platform() {
                return p.platform();
            }

            @Override
            public Pacer.Limits limits() {
                return Pacer.Limits.NONE;
            }

            @Override
            public SendResult send(ChatRef chat, String payload, String format, boolean previews) {
                return p.send(chat, payload, format, previews);
            }
        };
    }
}
