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
 * A platform's overall limit (Telegram's 30 messages a second) is the bot's, not a process's: three instances
 * delivering one outbox for one bot split it. Here the limit is 10 a second, on both sides, so that one instance
 * alone could keep it busy: each instance pacing to the whole of it, as before they shared it, got 429s from this
 * fake Bot API. Real TelegramBots client, real PostgreSQL store; the fake counts every message as it arrives.
 */
class SharedBotLimitsTest {
    private static final int MESSAGES = 60;
    private static final Pacer.Limits TEN_A_SECOND = new Pacer.Limits(3, Duration.ofSeconds(3), 20, 10,
            Duration.ofMillis(100));

    @Test
    void threeInstancesTogetherStayWithinTheBotsOverallLimitAndSendEachMessageOnce() throws Exception {
        StorageSettings store = TestStores.freshPostgres(4);
        List<AutoCloseable> open = new ArrayList<>();
        try (FakeBotApi bot = new FakeBotApi(); Database seed = Database.open(store)) {
            bot.enforceLimits(TEN_A_SECOND.globalPerSecond());
            JdbcOutbox outbox = new JdbcOutbox(seed);
            Instant now = Instant.now();
            List<Delivery> all = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                all.add(new Delivery("alert:" + i, new ChatRef("telegram", String.valueOf(7000 + i)), false,
                        "alert", "Alert " + i, "html", false, 0, now));
            }
            outbox.enqueue(all, now);
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
                                TelegramApi.url(bot.url()))), TEN_A_SECOND)),
                        Clock.systemUTC(), 8, Metrics.NONE, lease, new JdbcInstances(db)));
            }
            services.forEach(DeliveryService::start);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (outbox.pendingCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            services.forEach(DeliveryService::close);

            assertThat(outbox.pendingCount()).as("all delivered").isZero();
            assertThat(bot.rejected429).as("429 answers from a Bot API keeping 10/s").isEmpty();
            assertThat(bot.sent.stream().map(FakeBotApi.Sent::chatId).collect(Collectors.toSet()))
                    .hasSize(MESSAGES);
            assertThat(bot.sent).as("each message once").hasSize(MESSAGES);
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }
}
