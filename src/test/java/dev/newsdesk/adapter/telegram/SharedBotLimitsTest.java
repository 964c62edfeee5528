package dev.newsdesk.adapter.telegram;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcInstances;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.app.Lease;
import dev.newsdesk.app.Metrics;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;
import dev.newsdesk.testing.LimitedPlatform;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits that belong to the bot, kept by three instances delivering one outbox for it. Real TelegramBots client, real
 * PostgreSQL store; the fake Bot API counts every message as it arrives and answers 429 past the limits.
 */
class SharedBotLimitsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * The overall limit (Telegram's 30 a second) is split among the instances. Here it is 10 a second on both sides,
     * so that one instance alone could keep it busy: with each instance pacing to the whole of it, as before they
     * shared it, this fake answered 429s.
     */
    @Test
    void threeInstancesTogetherStayWithinTheBotsOverallLimitAndSendEachMessageOnce() throws Exception {
        Pacer.Limits tenASecond = new Pacer.Limits(3, Duration.ofSeconds(3), 20, 10, Duration.ofMillis(100));
        List<Delivery> alerts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            alerts.add(new Delivery("alert:" + i, new ChatRef("telegram", String.valueOf(7000 + i)), false,
                    "alert", "Alert " + i, "html", false, 0, Instant.now()));
        }
        try (FakeBotApi bot = new FakeBotApi()) {
            bot.enforceLimits(tenASecond.globalPerSecond());
            deliverWithThreeInstances(bot, tenASecond, alerts);

            assertThat(bot.rejected429).as("429 answers from a Bot API keeping 10/s").isEmpty();
            assertThat(bot.sent.stream().map(FakeBotApi.Sent::chatId).collect(Collectors.toSet())).hasSize(60);
            assertThat(bot.sent).as("each message once").hasSize(60);
        }
    }

    /**
     * A series to one chat (a long digest's parts) keeps its order and the chat's pace, about one a second after a
     * burst of three, although three instances deliver: each part goes to the instance that sent the one before,
     * whose pacer knows what the chat just got (it claims again as soon as it has sent, and the store keeps the next
     * part for it a moment against the others; {@code LeaseTest} shows that part alone).
     */
    @Test
    void aSeriesToOneChatKeepsTheChatsPaceAndOrderAcrossInstances() throws Exception {
        List<Delivery> parts = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            parts.add(new Delivery("digest:part" + i, new ChatRef("telegram", "4242"), false, "digest",
                    "Part " + i, "html", false, 0, Instant.now()));
        }
        try (FakeBotApi bot = new FakeBotApi()) {
            bot.enforceLimits(true);
            deliverWithThreeInstances(bot, Pacer.Limits.TELEGRAM, parts);

            assertThat(bot.rejected429).as("429 answers from a Bot API keeping about 1/s per chat").isEmpty();
            assertThat(bot.sentTo(4242).stream().map(FakeBotApi.Sent::text))
                    .containsExactly("Part 1", "Part 2", "Part 3", "Part 4", "Part 5", "Part 6", "Part 7");
        }
    }

    /** Enqueues {@code deliveries} and has three instances (known to each other) deliver them to {@code bot}. */
    private static void deliverWithThreeInstances(FakeBotApi bot, Pacer.Limits limits, List<Delivery> deliveries)
            throws Exception {
        StorageSettings store = TestStores.freshPostgres(4);
        List<AutoCloseable> open = new ArrayList<>();
        try (Database seed = Database.open(store)) {
            JdbcOutbox outbox = new JdbcOutbox(seed);
            Instant now = Instant.now();
            outbox.enqueue(deliveries, now);
            List<Lease> leases = List.of(new Lease("instance-1", Lease.DEFAULT_LENGTH),
                    new Lease("instance-2", Lease.DEFAULT_LENGTH), new Lease("instance-3", Lease.DEFAULT_LENGTH));
            // all three have been up a while: each sees the others at its first check-in
            for (Lease lease : leases) {
                new JdbcInstances(seed).checkIn(lease, now, Duration.ofSeconds(15));
            }
            List<DeliveryService> services = new ArrayList<>();
            for (Lease lease : leases) {
                Database db = Database.open(store);
                open.add(db);
                services.add(new DeliveryService(new JdbcOutbox(db), new JdbcChatStore(db),
                        List.of(new LimitedPlatform(new TelegramPlatform(TelegramApi.client(FakeBotApi.TOKEN,
                                TelegramApi.url(bot.url()))), limits)),
                        Clock.systemUTC(), 8, Metrics.NONE, lease, new JdbcInstances(db)));
            }
            services.forEach(DeliveryService::start);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (outbox.pendingCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            services.forEach(DeliveryService::close);
            assertThat(outbox.pendingCount()).as("all delivered").isZero();
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }
}
