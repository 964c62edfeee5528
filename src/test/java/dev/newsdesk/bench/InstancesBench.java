package dev.newsdesk.bench;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcInstances;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.telegram.FakeBotApi;
import dev.newsdesk.adapter.telegram.TelegramApi;
import dev.newsdesk.adapter.telegram.TelegramPlatform;
import dev.newsdesk.app.Lease;
import dev.newsdesk.app.Metrics;
import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.cli.Cluster;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;
import dev.newsdesk.core.source.PollPolicy;
import dev.newsdesk.testing.LimitedPlatform;
import dev.newsdesk.testing.LocalFeeds;
import dev.newsdesk.testing.PrometheusText;
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
 *   steady window, the poll lateness there and each feed's mean period, feeds polled twice within the policy's
 *   least gap over the whole run, the longest gap;</li>
 *   <li>one instance killed mid-work (requests held, store connections frozen): how long until the others poll the
 *   feeds it was polling and send the messages it was sending;</li>
 *   <li>outbox deliveries per second for one bot (one fake Bot API), one instance against three: paced to
 *   Telegram's limits as in production, with the fake answering 429 past them (30/s overall, about 1/s per chat),
 *   and unpaced (the store and HTTP path alone).</li>
 * </ol>
 * Usage: {@code bench/instances.sh [SOURCES=5000] [INTERVAL_S=30] [LEASE_S=30] [DELIVERIES=600]} (SOURCES 0: the
 * deliveries only).
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
        if (sources > 0) {
            polling(sources, interval, lease);
        }
        for (boolean paced : new boolean[]{true, false}) {
            Drained one = deliveriesPerSecond(1, deliveries, paced);
            Drained three = deliveriesPerSecond(3, deliveries, paced);
            System.out.printf(Locale.ROOT, "deliveries/s (%s, %d to %d chats, one bot): 1 instance %.1f (429s: %d), "
                            + "3 instances %.1f (429s: %d) (x%.2f)%n",
                    paced ? "paced to Telegram's limits, the fake Bot API keeping 30/s overall" : "unpaced",
                    deliveries, deliveries, one.perSecond(), one.tooMany(), three.perSecond(), three.tooMany(),
                    three.perSecond() / one.perSecond());
        }
        System.exit(0);
    }

    /** The poll lateness histogram of all instances together: polls begun at most {@code le} seconds late, by le. */
    private static Map<String, Double> lateness(Cluster cluster) {
        Map<String, Double> byLe = new java.util.TreeMap<>((a, b) -> a.equals("+Inf") ? (b.equals("+Inf") ? 0 : 1)
                : b.equals("+Inf") ? -1 : Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        for (int i = 0; i < cluster.settings.instances(); i++) {
            for (PrometheusText.Sample s : PrometheusText.parse(cluster.metrics(i)).samples()) {
                if (s.name().equals("newsdesk_poll_lateness_seconds_bucket")) {
                    byLe.merge(s.labels().get("le"), s.value(), Double::sum);
                }
            }
        }
        return byLe;
    }

    /**
     * How far the feeds kept their cadence: each feed's mean period from its second poll (the first sets its phase) to
     * its last before the kill (the interval when on cadence; more when each poll counts from a late one), averaged
     * over the feeds, and the feeds whose period is off by more than the jitter. Over a feed's own span, so that where
     * a counting window's edges fall does not matter.
     */
    private static void cadence(Map<Integer, List<Long>> byFeed, long frozen, Duration interval) {
        double sum = 0;
        int feeds = 0;
        int off = 0;
        // each wait moves by up to this either way, so a mean of waits stays within it unless the cadence drifts
        long jitter = interval.toNanos() * PollPolicy.JITTER_PERCENT / 100;
        for (List<Long> t : byFeed.values()) {
            List<Long> before = t.stream().filter(at -> at < frozen).toList();
            if (before.size() < 4) {
                continue;
            }
            double period = (before.get(before.size() - 1) - before.get(1)) / (double) (before.size() - 2);
            sum += period;
            feeds++;
            off += Math.abs(period - interval.toNanos()) > jitter ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "cadence: mean period %.3f s over %d feeds (interval %d s, so %.4f polls per "
                        + "interval); feeds whose mean period is off by more than the jitter (%.1f s): %d%n",
                feeds == 0 ? 0 : sum / feeds / 1e9, feeds, interval.toSeconds(),
                feeds == 0 ? 0 : interval.toNanos() / (sum / feeds), jitter / 1e9, off);
    }

    /**
     * Every feed after the freeze: how long until its first poll after it (at most an interval for the feeds the
     * others held, about a lease for those the killed instance held), the longest such wait, and the feeds that waited
     * longer than both an interval and a lease (plus 5 s).
     */
    private static void afterTheFreeze(Map<Integer, List<Long>> byFeed, long frozen, Duration interval,
                                       Duration lease) {
        long bound = Math.max(interval.toNanos(), lease.toNanos()) + 5_000_000_000L;
        long longest = 0;
        int late = 0;
        int never = 0;
        for (List<Long> t : byFeed.values()) {
            long next = t.stream().filter(at -> at > frozen).mapToLong(Long::longValue).min().orElse(-1);
            if (next < 0) {
                never++;
                continue;
            }
            longest = Math.max(longest, next - frozen);
            late += next - frozen > bound ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "after the freeze: every feed's next poll within %.1f s (bound max(interval, "
                + "lease) + 5 s = %.0f s; later: %d; never again: %d)%n", longest / 1e9, bound / 1e9, late, never);
    }

    private static void polling(int sources, Duration interval, Duration lease) throws Exception {
        Path dir = Files.createTempDirectory("newsdesk-instances");
        Cluster.Settings settings = new Cluster.Settings(3, sources, interval, lease, Duration.ofMillis(500), 3);
        try (Cluster cluster = new Cluster(dir, settings)) {
            cluster.start();
            // the counting window's edges half an interval away from the first cycle's polls (all sources are due at
            // the start and polled within seconds; each is then polled once an interval, give or take the jitter): a
            // window starting an interval and 5 s in cut through them, and its count swung by 2 % from run to run
            Thread.sleep(interval.multipliedBy(3).dividedBy(2).toMillis());
            long from = System.nanoTime();
            Map<String, Double> lateFrom = lateness(cluster);
            Thread.sleep(interval.multipliedBy(3).toMillis());
            long to = System.nanoTime();
            Map<String, Double> lateTo = lateness(cluster);
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
            long underNinety = 0;
            long maxGap = 0;
            for (List<Long> t : byFeed.values()) {
                t.sort(null);
                for (int i = 1; i < t.size(); i++) {
                    long gap = t.get(i) - t.get(i - 1);
                    maxGap = Math.max(maxGap, gap);
                    if (gap < interval.toNanos() * PollPolicy.MIN_SHARE_PERCENT / 100) {
                        twice++;
                    }
                    if (gap < interval.toNanos() * 9 / 10) {
                        underNinety++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "polls per feed per interval (steady, 3 intervals): %.4f; by instance %s%n",
                    inWindow / (double) sources / 3, perInstance.values());
            cadence(byFeed, frozen, interval);
            StringBuilder late = new StringBuilder();
            double polled = lateTo.get("+Inf") - lateFrom.get("+Inf");
            for (String le : lateTo.keySet()) {
                if (!le.equals("+Inf")) {
                    late.append(String.format(Locale.ROOT, " <=%ss %.1f %%;", le,
                            100 * (lateTo.get(le) - lateFrom.get(le)) / Math.max(1, polled)));
                }
            }
            System.out.printf(Locale.ROOT, "poll lateness in the steady window (%.0f polls began):%s%n", polled, late);
            System.out.printf(Locale.ROOT, "feeds polled twice within %d %% of the interval (whole run, %d polls): "
                    + "%d (within 90 %%: %d); feeds never polled: %d; longest gap: %.1f s%n",
                    PollPolicy.MIN_SHARE_PERCENT, polls.size(), twice, underNinety, sources - byFeed.size(),
                    maxGap / 1e9);

            afterTheFreeze(byFeed, frozen, interval, lease);

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

    /** How fast an outbox drained, and how many 429 answers the bot gave meanwhile. */
    private record Drained(double perSecond, int tooMany) {
    }

    /**
     * Drains {@code n} deliveries to {@code n} private chats with {@code instances} delivery services sending for one
     * bot (one fake Bot API, which keeps Telegram's limits when {@code paced}).
     */
    private static Drained deliveriesPerSecond(int instances, int n, boolean paced) throws Exception {
        StorageSettings store = TestStores.freshPostgres(4);
        List<AutoCloseable> open = new ArrayList<>();
        try (Database seed = Database.open(store); FakeBotApi bot = new FakeBotApi()) {
            bot.enforceLimits(paced);
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
                // instances that have been up a while: each knows the others from its first check-in
                new JdbcInstances(seed).checkIn(new Lease("bench-" + i, Lease.DEFAULT_LENGTH), now,
                        Duration.ofSeconds(15));
            }
            for (int i = 0; i < instances; i++) {
                Database db = Database.open(store);
                open.add(db);
                ChatPlatform telegram = new TelegramPlatform(TelegramApi.client(FakeBotApi.TOKEN,
                        TelegramApi.url(bot.url())));
                DeliveryService d = new DeliveryService(new JdbcOutbox(db), new JdbcChatStore(db),
                        List.of(paced ? telegram : new LimitedPlatform(telegram, Pacer.Limits.NONE)),
                        Clock.systemUTC(), 8, Metrics.NONE,
                        new Lease("bench-" + i, Lease.DEFAULT_LENGTH), new JdbcInstances(db));
                services.add(d);
            }
            long start = System.nanoTime();
            services.forEach(DeliveryService::start);
            while (outbox.pendingCount() > 0) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            services.forEach(DeliveryService::close);
            return new Drained(n / seconds, bot.rejected429.size());
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }
}
