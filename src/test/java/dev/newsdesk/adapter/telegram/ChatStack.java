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
import dev.newsdesk.adapter.store.JdbcAlertLog;
import dev.newsdesk.adapter.store.JdbcDigestLog;
import dev.newsdesk.app.chat.ArticlePages;
import dev.newsdesk.app.chat.ChartRenderer;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.DigestIndex;
import dev.newsdesk.app.chat.DigestScheduler;
import dev.newsdesk.app.chat.ScheduledDigest;
import dev.newsdesk.app.chat.DigestService;
import dev.newsdesk.app.chat.Matchers;
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
    public final DigestIndex digestIndex;
    private static final ChartRenderer CHARTS = new dev.newsdesk.adapter.chart.JFreeChartRenderer();
    public final DigestScheduler scheduler;
    public final JdbcAlertLog alertLog;
    /** The hourly alert cap of the stack: tests of the cap send more than this. */
    public static final int ALERTS_PER_HOUR = 10;
    public final JdbcDigestLog digestLog;
    public final DigestService digests;

    public ChatStack(Path dbFile, String apiUrl, Set<String> admins, boolean startDelivery) {
        this(dbFile, apiUrl, admins, startDelivery, Clock.systemUTC(), List.of());
    }

    /** A stack on {@code clock}, with the operator's scheduled digests {@code operatorDigests}. */
    public ChatStack(Path dbFile, String apiUrl, Set<String> admins, boolean startDelivery, Clock clock,
                     List<ScheduledDigest> operatorDigests) {
        db = Database.open(new StorageSettings("jdbc:sqlite:" + dbFile, "", "", 4));
        sources = new JdbcSourceStore(db);
        items = new JdbcItemStore(db);
        chats = new JdbcChatStore(db);
        outbox = new JdbcOutbox(db);
        news = new JdbcNewsReader(db);
        StandardQueryLanguage queries = new StandardQueryLanguage();
        TelegramUrl url = TelegramApi.url(apiUrl);
        client = TelegramApi.client(FakeBotApi.TOKEN, url);
        TelegramPlatform platform = new TelegramPlatform(client);
        // pacing is real time whatever the test clock says: a frozen clock would hold every second message forever
        delivery = new DeliveryService(outbox, chats, List.of(platform), Clock.systemUTC(), 8);
        ChatSettings settings = new ChatSettings(TOPICS, List.of("BRICS", "Nvidia"), admins, Duration.ofMinutes(5),
                clock.instant());
        digestIndex = new DigestIndex(news, Duration.ofDays(7), 60_000, Duration.ZERO, clock);
        digestLog = new JdbcDigestLog(db);
        digests = new DigestService(digestIndex, chats, digestLog, settings, new Matchers(queries));
        chat = new ChatService(news, chats, sources, queries, new TelegramAdmins(client,
                Duration.ofMinutes(3)), settings, digests, CHARTS, ArticlePages.NONE, clock);
        TelegramHtml html = new TelegramHtml();
        replies = new OutboxReplies(outbox, html, delivery, clock);
        alertLog = new JdbcAlertLog(db);
        alerts = new AlertService(news, chats, new JdbcStoryKeys(db), alertLog, digestIndex, Map.of("telegram", html,
                "console", new PlainText()), queries, delivery, new AlertService.Limits(ALERTS_PER_HOUR,
                Duration.ofHours(48)), clock);
        bot = new TelegramBot(FakeBotApi.TOKEN, url, client, chat, chats, outbox, replies, 4);
        scheduler = new DigestScheduler(() -> operatorDigests, chats, digests, digestLog, Map.of("telegram", html),
                CHARTS, delivery, Duration.ofHours(2), clock);
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
