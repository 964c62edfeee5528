package dev.newsdesk.adapter.telegram;

import dev.newsdesk.adapter.console.PlainText;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.JdbcStoryKeys;
import dev.newsdesk.app.chat.AlertService;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.ChatSettings;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.app.chat.OutboxReplies;
import dev.newsdesk.app.chat.StandardQueryLanguage;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The chat stack wired as {@code run} wires it, over a real SQLite file and the fake Bot API. */
public final class ChatStack implements AutoCloseable {
    public static final List<ChatSettings.Topic> TOPICS = List.of(
            new ChatSettings.Topic("ai-alliances", "AI alliances",
                    "(alliance OR coalition OR pact OR partnership) AND (AI OR \"artificial intelligence\")"),
            new ChatSettings.Topic("crypto", "Crypto", "bitcoin OR crypto*"));

    public final Database db;
    public final JdbcSourceStore sources;
    public final JdbcItemStore items;
    public final JdbcChatStore chats;
    public final JdbcOutbox outbox;
    public final JdbcNewsReader news;
    public final DeliveryService delivery;
    public final ChatService chat;
    public final AlertService alerts;
    public final TelegramBot bot;
    public final OkHttpTelegramClient client;
    public final OutboxReplies replies;

    public ChatStack(Path dbFile, String apiUrl, Set<String> admins, boolean startDelivery) {
        db = Database.open(new StorageSettings("jdbc:sqlite:" + dbFile, "", "", 4));
        sources = new JdbcSourceStore(db);
        items = new JdbcItemStore(db);
        chats = new JdbcChatStore(db);
        outbox = new JdbcOutbox(db);
        news = new JdbcNewsReader(db);
        Clock clock = Clock.systemUTC();
        StandardQueryLanguage queries = new StandardQueryLanguage();
        TelegramUrl url = TelegramApi.url(apiUrl);
        client = TelegramApi.client(FakeBotApi.TOKEN, url);
        TelegramPlatform platform = new TelegramPlatform(client);
        delivery = new DeliveryService(outbox, chats, List.of(platform), clock, 8);
        ChatSettings settings = new ChatSettings(TOPICS, List.of("BRICS", "Nvidia"), admins, Duration.ofMinutes(5),
                clock.instant());
        chat = new ChatService(news, chats, sources, queries, new TelegramAdmins(client,
                Duration.ofMinutes(3)), settings, clock);
        TelegramHtml html = new TelegramHtml();
        replies = new OutboxReplies(outbox, html, delivery, clock);
        alerts = new AlertService(news, chats, new JdbcStoryKeys(db), outbox, Map.of("telegram", html,
                "console", new PlainText()), queries, delivery, clock);
        bot = new TelegramBot(FakeBotApi.TOKEN, url, client, chat, chats, outbox, replies, 4);
        if (startDelivery) {
            delivery.start();
        }
    }

    public void startBot() throws Exception {
        bot.start();
    }

    public static Source source(String id, String name) {
        return new Source(id, name, "https://" + id + ".example/feed.xml", SourceType.FEED, null,
                Duration.ofMinutes(10), Source.ADDED_BY_CONFIG, true, true);
    }

    public static Item item(String id, String sourceId, String url, String title, String summary, Instant published) {
        return new Item(id, sourceId, url, null, url, title, null, published, published, summary, summary,
                List.of(), null, "h" + id);
    }

    @Override
    public void close() {
        bot.close();
        delivery.close();
        client.getClass(); // the OkHttp client's threads are daemons
        db.close();
    }
}
