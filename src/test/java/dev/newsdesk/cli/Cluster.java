package dev.newsdesk.cli;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.telegram.FakeBotApi;
import dev.newsdesk.app.Poller;
import dev.newsdesk.config.ConfigLoader;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import dev.newsdesk.testing.FreezableProxy;
import dev.newsdesk.testing.LocalFeeds;
import dev.newsdesk.testing.TestStores;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several newsdesk service instances in one JVM, wired as {@code run} wires them, on one embedded PostgreSQL, with a
 * local feed server and one fake Bot API per instance. An instance can be killed abruptly: its feed requests and
 * sends are held unanswered and its store connections frozen, so it neither finishes nor releases anything, and its
 * leases expire. For the multi-instance test and benchmark.
 */
public final class Cluster implements AutoCloseable {
    /**
     * @param instances how many instances
     * @param sources   how many feeds (all on the local feed server)
     * @param interval  each feed's poll interval
     * @param lease     {@code instance.lease}
     * @param itemEvery a new item (in the next feed in turn) this often
     * @param chats     private chats subscribed to every item (each item is one alert per chat)
     */
    public record Settings(int instances, int sources, Duration interval, Duration lease, Duration itemEvery,
                           int chats) {
    }

    private static final Duration STOP_GRACE = Duration.ofSeconds(4);

    public final Settings settings;
    public final LocalFeeds feeds;
    public final List<FakeBotApi> bots = new ArrayList<>();
    private final List<FreezableProxy> proxies = new ArrayList<>();
    private final List<Wiring> wirings = new ArrayList<>();
    private final List<Poller> pollers = new ArrayList<>();
    private final boolean[] killed;
    private final Database observer;
    private final Path dir;
    private final StorageSettings store;

    public Cluster(Path dir, Settings settings) throws IOException {
        this.settings = settings;
        this.dir = dir;
        this.killed = new boolean[settings.instances()];
        this.feeds = new LocalFeeds(settings.sources(), settings.itemEvery());
        this.store = TestStores.freshPostgres(4);
        this.observer = Database.open(store);
        JdbcChatStore chats = new JdbcChatStore(observer);
        Instant now = Instant.now();
        for (int c = 0; c < settings.chats(); c++) {
            ChatRef chat = new ChatRef("telegram", String.valueOf(1000 + c));
            chats.upsert(new ChatInfo(chat, "Reader " + c, ChatType.PRIVATE, ZoneId.of("UTC"), true), now);
            chats.addSubscription(chat, "nvidia", "telegram:" + (1000 + c), now);
        }
        for (int i = 0; i < settings.instances(); i++) {
            bots.add(new FakeBotApi());
            proxies.add(new FreezableProxy(TestStores.postgresPort()));
        }
    }

    /** The User-Agent (and name) of instance {@code i}. */
    public static String agent(int i) {
        return "newsdesk-instance-" + i;
    }

    /** Starts every instance: polling, analysis, alerts and the outbox (no Telegram long polling: one token). */
    public void start() throws IOException {
        for (int i = 0; i < settings.instances(); i++) {
            Path file = dir.resolve("instance-" + i + ".yml");
            Files.writeString(file, config(i), StandardCharsets.UTF_8);
            Wiring w = Wiring.open(ConfigLoader.load(file, Map.of()).config());
            wirings.add(w);
        }
        for (Wiring w : wirings) {
            Poller p = w.poller();
            pollers.add(p);
            Wiring.Chat chat = w.chat(true);
            w.intelligence().addListener(chat.alerts()::onNewItems);
            chat.delivery().start();
            p.start();
        }
    }

    private String config(int i) {
        String jdbc = URI.create(store.url().substring("jdbc:".length())).getPath();
        StringBuilder b = new StringBuilder();
        b.append("storage: {url: \"jdbc:postgresql://127.0.0.1:").append(proxies.get(i).port()).append(jdbc)
                .append("\", user: postgres, password: \"\", pool-size: 4}\n");
        b.append("instance: {lease: ").append(settings.lease().toMillis()).append("ms}\n");
        b.append("http: {port: 0}\n");
        // every item is an alert here: the hourly cap of a real chat would hold most of them back
        b.append("alerts: {max-per-hour: 1000}\n");
        b.append("fetch: {allow-private-networks: true, user-agent: \"").append(agent(i))
                .append("\", min-interval: 1s, concurrency: 32, per-host-concurrency: 16, article-pages-per-poll: 0,")
                .append(" timeout: 30s, read-timeout: 30s}\n");
        b.append("telegram: {token: \"").append(FakeBotApi.TOKEN).append("\", api-url: \"").append(bots.get(i).url())
                .append("\"}\n");
        b.append("sources:\n");
        for (int s = 0; s < settings.sources(); s++) {
            b.append("  - {id: f").append(s).append(", url: \"").append(feeds.url(s)).append("\", interval: ")
                    .append(settings.interval().toMillis()).append("ms}\n");
        }
        return b.toString();
    }

    /**
     * Kills instance {@code i} mid-work: from now on its feed requests and its sends are held unanswered; once it has
     * a poll and a send in flight (or after {@code waitForWork} each), two seconds later, its store connections
     * freeze. The two seconds let what the servers answered before reach the store, so that every request answered
     * is a request stored (a real crash can fall between the two: see the report on the crash window).
     *
     * @return {@link System#nanoTime()} when it froze (its leases expire one lease later)
     */
    public long kill(int i, Duration waitForWork) throws InterruptedException {
        killed[i] = true;
        feeds.hold(agent(i));
        bots.get(i).holdSends();
        bots.get(i).awaitHeldSend(waitForWork);
        long deadline = System.nanoTime() + waitForWork.toNanos();
        while (feeds.heldPolls().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(2000);
        proxies.get(i).freeze();
        return System.nanoTime();
    }

    /**
     * The instance that sent the latest message: the likeliest to have a send in flight (an instance that finishes
     * a chat's message usually claims the chat's next one first).
     */
    public int latestSender() {
        int best = 0;
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < bots.size(); i++) {
            for (FakeBotApi.Sent s : bots.get(i).sent) {
                if (s.atNanos() > latest) {
                    latest = s.atNanos();
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * The instance that started the latest poll: the one likeliest to poll again soon. Due sources go to the instance
     * that looks first, and on a steady cadence with few sources that is often the same one for a while.
     */
    public int latestPoller() {
        LocalFeeds.Poll latest = null;
        for (LocalFeeds.Poll p : feeds.polls()) {
            if (latest == null || p.atNanos() > latest.atNanos()) {
                latest = p;
            }
        }
        for (int i = 0; latest != null && i < bots.size(); i++) {
            if (latest.instance().equals(agent(i))) {
                return i;
            }
        }
        return latestSender();
    }

    /** Waits until the outbox has nothing pending; true when it drained in time. */
    public boolean awaitOutboxDrained(Duration timeout) throws InterruptedException {
        JdbcOutbox outbox = new JdbcOutbox(observer);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (outbox.pendingCount() == 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The store, read directly (not through any instance). */
    /** Instance {@code i}'s {@code /metrics} text. */
    public String metrics(int i) {
        return wirings.get(i).metrics.scrape();
    }

    public Database store() {
        return observer;
    }

    /** Every message the Bot APIs accepted, from every instance. */
    public List<FakeBotApi.Sent> delivered() {
        List<FakeBotApi.Sent> all = new ArrayList<>();
        bots.forEach(b -> all.addAll(b.sent));
        return all;
    }

    /** Stops the live instances as {@code run} does, then tears down the killed ones and the servers. */
    @Override
    public void close() {
        for (int i = 0; i < wirings.size(); i++) {
            if (!killed[i]) {
                pollers.get(i).stop(STOP_GRACE);
                wirings.get(i).close();
            }
        }
        feeds.close();
        for (int i = 0; i < settings.instances(); i++) {
            try {
                bots.get(i).close();
            } catch (IOException ignored) {
                // shutting down
            }
            proxies.get(i).close();
        }
        for (int i = 0; i < wirings.size(); i++) {
            if (killed[i]) {
                // its store first: whatever it still tries fails at once instead of waiting for a connection
                wirings.get(i).db.close();
                pollers.get(i).stop(Duration.ofMillis(100));
                wirings.get(i).close();
            }
        }
        observer.close();
    }
}
