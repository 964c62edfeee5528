package dev.newsdesk.bench;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcDigestLog;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.adapter.telegram.FakeBotApi;
import dev.newsdesk.app.chat.ChatSettings;
import dev.newsdesk.app.chat.DigestIndex;
import dev.newsdesk.app.chat.DigestService;
import dev.newsdesk.app.chat.Matchers;
import dev.newsdesk.app.chat.StandardQueryLanguage;
import dev.newsdesk.config.ConfigLoader;
import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.chat.WatchTerm;
import dev.newsdesk.core.digest.Digest;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.testing.TestClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Digest figures, in one process on a real SQLite file:
 * <ol>
 *   <li>a 7-day digest over 100,000 stored, analysed items (200 outlets, stories of 1-5 outlets): built cold — the
 *   cache missed because a story just changed — within 100 ms, and from the cache within 5 ms (p99 of each);</li>
 *   <li>1,000 chats with a digest due in the same minute, through the scheduler, the outbox and the real TelegramBots
 *   client against a fake Bot API that answers 429 past the limits: all delivered, zero 429s, zero duplicates.</li>
 * </ol>
 * Run: {@code bench/digests.sh}.
 */
public final class DigestBench {
    private static final String[] TOPICS = {"ai-alliances", "market-impact", "ai-policy", "crypto", "chips",
            "geopolitics"};
    private static final String[] WORDS = {"Nvidia", "export", "controls", "bitcoin", "alliance", "AI", "chips",
            "BRICS", "summit", "earnings", "crypto", "partnership", "tariffs", "rally", "regulators", "Gulf", "fund",
            "data", "centres", "TSMC", "stablecoin", "sanctions", "rates", "shares", "slump", "surge", "probe"};

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("digest-bench");
        List<String> parts = BenchParts.of(args, "build", "fanout");
        if (parts.contains("build")) {
            build(dir);
        }
        if (parts.contains("fanout")) {
            fanOut(dir);
        }
    }

    private static void build(Path dir) throws Exception {
        NewsdeskConfig config = ConfigLoader.load(null, Map.of()).config();
        Instant now = Instant.parse("2026-11-26T08:00:00Z");
        Clock clock = new TestClock(now);
        try (Database db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("digest.db"), "", "", 4))) {
            long t0 = System.nanoTime();
            int stories = fill(db, 100_000, now);
            System.out.printf("stored 100,000 analysed items in %d stories over 7 days in %.1f s%n", stories,
                    (System.nanoTime() - t0) / 1e9);
            JdbcNewsReader news = new JdbcNewsReader(db);
            JdbcChatStore chats = new JdbcChatStore(db);
            List<ChatSettings.Topic> topics = config.topics().values().stream()
                    .map(t -> new ChatSettings.Topic(t.id(), t.name(), t.query())).toList();
            ChatSettings settings = new ChatSettings(topics, config.watchlist(), Set.of(), Duration.ofMinutes(5), now);
            DigestIndex index = new DigestIndex(news, Duration.ofDays(7), 60_000, Duration.ofSeconds(2), clock);
            DigestService digests = new DigestService(index, chats, new JdbcDigestLog(db), settings,
                    new Matchers(new StandardQueryLanguage()));
            ChatRef chat = new ChatRef("telegram", "1");
            chats.upsert(new ChatInfo(chat, "bench", ChatType.PRIVATE, null, true), now);
            chats.addWatch(new WatchTerm(chat, "export controls", "bench", now));
            chats.addWatch(new WatchTerm(chat, "TSMC", "bench", now));

            System.gc();
            long heapBefore = usedHeap();
            long l0 = System.nanoTime();
            index.load();
            double loadS = (System.nanoTime() - l0) / 1e9;
            System.gc();
            System.out.printf("index: %,d stories loaded in %.2f s, %.0f MB of heap%n", index.size(), loadS,
                    (usedHeap() - heapBefore) / 1e6);

            DigestService.Ask week = new DigestService.Ask(chat, ZoneOffset.UTC, List.of("ai-alliances",
                    "market-impact", "crypto"), Duration.ofDays(7), false);
            DigestService.Ask top = new DigestService.Ask(chat, ZoneOffset.UTC, List.of(), Duration.ofDays(7), false);
            long w0 = System.nanoTime();
            digests.warm(now); // run does this at start, beside the poller
            System.out.printf("warm-up at start (topics and default watch-list matched over every story): %.2f s%n",
                    (System.nanoTime() - w0) / 1e9);
            long f0 = System.nanoTime();
            Digest first = digests.digest(week, now);
            System.out.printf("first digest (its chat's own watch terms matched for the first time): %.1f ms, %d "
                    + "stories from %d candidates%n", (System.nanoTime() - f0) / 1e6, first.entries().size(),
                    first.candidates());

            // cold: one new item changes a story, so the cache misses and matches are brought up to date
            List<Long> cold = new ArrayList<>();
            List<Long> coldTop = new ArrayList<>();
            Random rnd = new Random(7);
            try (Connection c = db.dataSource().getConnection()) {
                for (int i = 0; i < 220; i++) {
                    String id = "new" + i;
                    insert(c, id, "s" + rnd.nextInt(stories), "src" + rnd.nextInt(200), now.minusSeconds(60), rnd);
                    index.onNewItems(List.of(id));
                    long s0 = System.nanoTime();
                    digests.digest(week, now);
                    long s1 = System.nanoTime();
                    digests.digest(top, now);
                    long s2 = System.nanoTime();
                    if (i >= 20) { // JIT warm-up
                        cold.add((s1 - s0) / 1000);
                        coldTop.add((s2 - s1) / 1000);
                    }
                }
            }
            List<Long> cached = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                long s0 = System.nanoTime();
                digests.digest(week, now);
                cached.add((System.nanoTime() - s0) / 1000);
            }
            Collections.sort(cold);
            Collections.sort(coldTop);
            Collections.sort(cached);
            System.out.printf("7-day digest, 3 topics + watch-list, cold (a story changed): p50 %.2f ms, p99 %.2f ms, "
                    + "max %.2f ms -> %s (target <= 100 ms)%n", pct(cold, 50), pct(cold, 99), max(cold),
                    pct(cold, 99) <= 100 ? "PASS" : "FAIL");
            System.out.printf("7-day digest, top stories, cold: p50 %.2f ms, p99 %.2f ms%n", pct(coldTop, 50),
                    pct(coldTop, 99));
            System.out.printf("7-day digest from the cache: p50 %.3f ms, p99 %.3f ms, max %.3f ms -> %s (target "
                    + "<= 5 ms)%n", pct(cached, 50), pct(cached, 99), max(cached), pct(cached, 99) <= 5 ? "PASS"
                    : "FAIL");
        }
    }

    /** 100,000 items over the last 7 days from 200 outlets, grouped into stories of 1-5 items, with analyses. */
    private static int fill(Database db, int n, Instant now) throws Exception {
        Random rnd = new Random(42);
        JdbcSourceStore sources = new JdbcSourceStore(db);
        for (int s = 0; s < 200; s++) {
            sources.save(ChatStack.source("src" + s, "Outlet " + s), now);
        }
        int story = 0;
        int left = 0;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                if (left == 0) {
                    story++;
                    left = 1 + rnd.nextInt(5);
                }
                left--;
                Instant published = now.minus(Duration.ofDays(7).toMillis() * (n - i) / n, ChronoUnit.MILLIS);
                insert(c, "i" + i, "s" + story, "src" + rnd.nextInt(200), published, rnd);
                if (i % 10_000 == 0) {
                    c.commit();
                }
            }
            c.commit();
        }
        return story;
    }

    private static void insert(Connection c, String id, String story, String source, Instant published, Random rnd)
            throws Exception {
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 8; w++) {
            title.append(w == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        String summary = title + ": " + "a sentence of summary about markets, chips and alliances. ".repeat(3);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO items (id, source_id, item_key, url, title, "
                + "published_at, fetched_at, updated_at, summary, body, content_hash, story_id) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, source);
            ps.setString(3, id);
            ps.setString(4, "https://" + source + ".example/" + id);
            ps.setString(5, title.toString());
            ps.setLong(6, published.toEpochMilli());
            ps.setLong(7, published.toEpochMilli());
            ps.setLong(8, published.toEpochMilli());
            ps.setString(9, summary);
            ps.setString(10, "h" + id);
            ps.setString(11, story);
            ps.executeUpdate();
        }
        String topics = rnd.nextInt(3) == 0 ? "" : TOPICS[rnd.nextInt(TOPICS.length)]
                + (rnd.nextBoolean() ? "\n" + TOPICS[rnd.nextInt(TOPICS.length)] : "");
        double score = rnd.nextDouble() * 2 - 1;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analyses (item_id, content_hash, summary, "
                + "takeaways, watch_for, topics, watch_hits, impact_direction, impact_score, impact_magnitude, "
                + "impact_sectors, impact_assets, impact_sentence, producer, analyzed_at) VALUES (?, ?, ?, '', ?, ?, "
                + "'', ?, ?, 'MEDIUM', ?, '', NULL, 'extractive', ?)")) {
            ps.setString(1, id);
            ps.setString(2, "h" + id);
            ps.setString(3, summary);
            ps.setString(4, rnd.nextInt(4) == 0 ? "Regulators will decide by March." : "");
            ps.setString(5, topics);
            ps.setString(6, Math.abs(score) < 0.2 ? "NEUTRAL" : score > 0 ? "POSITIVE" : "NEGATIVE");
            ps.setDouble(7, score);
            ps.setString(8, rnd.nextBoolean() ? "CHIPS" : "CRYPTO");
            ps.setLong(9, published.toEpochMilli());
            ps.executeUpdate();
        }
    }

    private static void fanOut(Path dir) throws Exception {
        Instant realNow = Instant.now();
        Instant due = realNow.truncatedTo(ChronoUnit.MINUTES);
        TestClock clock = new TestClock(due.minus(Duration.ofMinutes(10)));
        try (FakeBotApi api = new FakeBotApi();
             ChatStack stack = new ChatStack(dir.resolve("fanout.db"), api.url(), Set.of(), true, clock,
                     List.of())) {
            api.enforceLimits(true);
            stack.sources.save(ChatStack.source("gtw", "Global Tech Wire"), clock.instant());
            List<Item> items = new ArrayList<>();
            String[] titles = {"Nvidia and Gulf fund form AI alliance", "Bitcoin tumbles as ETF outflows grow",
                    "TSMC slumps on new export curbs", "BRICS back joint AI research pact",
                    "Regulators open probe into AI partnership"};
            for (int i = 0; i < titles.length; i++) {
                items.add(ChatStack.item("f" + i, "gtw", "https://gtw.example/f" + i, titles[i],
                        titles[i] + ". A short summary.", clock.instant().minus(Duration.ofHours(i + 1))));
            }
            stack.items.store(items);
            ScheduleSpec spec = new ScheduleSpec(null, LocalTime.ofInstant(due, ZoneOffset.UTC), ZoneOffset.UTC,
                    List.of());
            for (int c = 0; c < 1000; c++) {
                ChatRef ref = new ChatRef("telegram", String.valueOf(7000 + c));
                stack.chats.upsert(new ChatInfo(ref, "c" + c, ChatType.PRIVATE, null, true), clock.instant());
                stack.chats.addSchedule(ref, spec, "bench", clock.instant());
            }
            clock.set(realNow);
            long start = System.nanoTime();
            int recorded = stack.scheduler.tick();
            long ticked = System.nanoTime();
            long parts;
            try (Connection c = stack.db.dataSource().getConnection();
                 java.sql.ResultSet rs = c.createStatement().executeQuery(
                         "SELECT COUNT(*) FROM outbox WHERE kind = 'digest'")) {
                rs.next();
                parts = rs.getLong(1);
            }
            while (stack.outbox.pendingCount() > 0 && System.nanoTime() - start < 300_000_000_000L) {
                Thread.sleep(50);
            }
            double secs = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> perChat = new HashMap<>();
            api.sent.forEach(s -> perChat.merge(s.chatId() + "\u0000" + s.text(), 1, Integer::sum));
            long duplicates = perChat.values().stream().filter(v -> v > 1).count();
            System.out.printf("1,000 chats due in the same minute: %d digests recorded in %.2f s (%d messages); "
                            + "%d delivered in %.1f s (floor at 30/s: %.1f s); 429s: %d; duplicates: %d -> %s%n",
                    recorded, (ticked - start) / 1e9, parts, api.sent.size(), secs, parts / 30.0,
                    api.rejected429.size(), duplicates, recorded == 1000 && api.sent.size() == parts
                            && api.rejected429.isEmpty() && duplicates == 0 ? "PASS" : "FAIL");
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }

    private static double max(List<Long> sorted) {
        return sorted.get(sorted.size() - 1) / 1000.0;
    }
}
