package dev.newsdesk.adapter.console;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.JdbcStoryKeys;
import dev.newsdesk.app.chat.AlertService;
import dev.newsdesk.app.chat.ChatAdmins;
import dev.newsdesk.adapter.store.JdbcAlertLog;
import dev.newsdesk.adapter.store.JdbcDigestLog;
import dev.newsdesk.app.chat.ArticlePages;
import dev.newsdesk.app.chat.ChartRenderer;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.DigestIndex;
import dev.newsdesk.app.chat.DigestService;
import dev.newsdesk.app.chat.Matchers;
import dev.newsdesk.app.chat.ChatSettings;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.app.chat.StandardQueryLanguage;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The console: the operator's private chat in plain text, and alerts that survive a restart without repeats. */
class ConsoleChatTest {
    @TempDir
    Path dir;

    private record Stack(Database db, ConsoleChat console, AlertService alerts, DeliveryService delivery,
                         JdbcItemStore items, ByteArrayOutputStream out) implements AutoCloseable {
        @Override
        public void close() {
            delivery.close();
            db.close();
        }
    }

    private Stack open() {
        Database db = Database.open(new StorageSettings("jdbc:sqlite:" + dir.resolve("c.db"), "", "", 4));
        JdbcSourceStore sources = new JdbcSourceStore(db);
        JdbcChatStore chats = new JdbcChatStore(db);
        JdbcOutbox outbox = new JdbcOutbox(db);
        JdbcNewsReader news = new JdbcNewsReader(db);
        Clock clock = Clock.systemUTC();
        StandardQueryLanguage queries = new StandardQueryLanguage();
        ChatSettings settings = new ChatSettings(List.of(new ChatSettings.Topic("crypto", "Crypto", "bitcoin")),
                List.of("BRICS"), Set.of(), Duration.ofMinutes(5), clock.instant());
        DigestIndex index = new DigestIndex(news, Duration.ofDays(7), 60_000, Duration.ZERO, clock);
        DigestService digests = new DigestService(index, chats, new JdbcDigestLog(db), settings, new Matchers(queries));
        ChatService service = new ChatService(news, chats, sources, queries, ChatAdmins.NONE, settings, digests,
                ChartRenderer.NONE, ArticlePages.NONE, clock);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleChat console = new ConsoleChat(service, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        DeliveryService delivery = new DeliveryService(outbox, chats, List.of(console), clock, 2);
        AlertService alerts = new AlertService(news, chats, new JdbcStoryKeys(db), new JdbcAlertLog(db), index,
                Map.of("console", console.renderer()), queries, delivery, new AlertService.Limits(10,
                Duration.ofHours(48)), clock);
        sources.save(new Source("gtw", "Global Tech Wire", "https://gtw.example/feed", SourceType.FEED, null,
                Duration.ofMinutes(10), "config", true, true), clock.instant());
        delivery.start();
        return new Stack(db, console, alerts, delivery, new JdbcItemStore(db), bytes);
    }

    private static Item item(String id, String title) {
        Instant now = Instant.now();
        return new Item(id, "gtw", id, null, "https://gtw.example/" + id, title, null, now, now, "About " + title,
                "", List.of(), null, "h" + id);
    }

    @Test
    void answersCommandsInPlainTextAndAlertsOncePerStoryAcrossRestarts() throws Exception {
        try (Stack s = open()) {
            s.items().store(List.of(item("a", "Bitcoin <rallies> & more")));
            s.console().serve(new BufferedReader(new StringReader(
                    "/digest crypto\nlatest 1\n/subscribe bitcoin\n/search (bitcoin\n/nonsense\n")));
            String out = s.out().toString(StandardCharsets.UTF_8);
            assertThat(out).contains("Crypto — last 24 h", "1. Bitcoin <rallies> & more <https://gtw.example/a>",
                    "Subscribed (#1)", "does not parse", "Unknown command /nonsense").doesNotContain("&amp;", "<b>");
            s.alerts().onNewItems(s.items().store(List.of(item("b", "Bitcoin hits a new high"))).newIds());
            waitFor(() -> s.out().toString(StandardCharsets.UTF_8).contains("Alert #1"));
        }
        try (Stack s = open()) {
            // after a restart: the same story again (another id, same headline) and the old item again
            s.alerts().onNewItems(s.items().store(List.of(item("c", "Bitcoin hits a new high!"))).newIds());
            s.alerts().onNewItems(List.of("b"));
            Thread.sleep(700);
            assertThat(s.out().toString(StandardCharsets.UTF_8)).doesNotContain("Alert #1");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!c.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(end);
            Thread.sleep(20);
        }
    }
}
