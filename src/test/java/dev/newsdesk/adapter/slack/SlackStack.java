package dev.newsdesk.adapter.slack;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.adapter.chart.JFreeChartRenderer;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcAlertLog;
import dev.newsdesk.adapter.store.JdbcDigestLog;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.JdbcStoryKeys;
import dev.newsdesk.app.chat.AlertService;
import dev.newsdesk.app.chat.ArticlePages;
import dev.newsdesk.app.chat.DigestIndex;
import dev.newsdesk.app.chat.DigestService;
import dev.newsdesk.app.chat.Matchers;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.ChatSettings;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.app.chat.OutboxReplies;
import dev.newsdesk.app.chat.StandardQueryLanguage;
import dev.newsdesk.config.StorageSettings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Slack chat stack wired as {@code run} wires it, over a real SQLite file and the fake Web API, with the events
 * endpoint on a JDK HttpServer at 127.0.0.1 (HTTP mode).
 */
public final class SlackStack implements AutoCloseable {
    public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    public final Database db;
    public final JdbcSourceStore sources;
    public final JdbcItemStore items;
    public final JdbcChatStore chats;
    public final JdbcOutbox outbox;
    public final DeliveryService delivery;
    public final ChatService chat;
    public final AlertService alerts;
    public final SlackBot bot;
    public final SlackApi api;
    public final SlackSignature signature;
    private HttpServer http;
    private ExecutorService httpThreads;

    public SlackStack(Path dbFile, String apiUrl, Set<String> admins) {
        this(dbFile, apiUrl, admins, Duration.ZERO);
    }

    /**
     * @param digestRefresh how often the digest index looks for changed items: zero in tests (each sees what it just
     *                      stored), 2 s as {@code run} has it in benchmarks
     */
    public SlackStack(Path dbFile, String apiUrl, Set<String> admins, Duration digestRefresh) {
        db = Database.open(new StorageSettings("jdbc:sqlite:" + dbFile, "", "", 4));
        sources = new JdbcSourceStore(db);
        items = new JdbcItemStore(db);
        chats = new JdbcChatStore(db);
        outbox = new JdbcOutbox(db);
        JdbcNewsReader news = new JdbcNewsReader(db);
        Clock clock = Clock.systemUTC();
        StandardQueryLanguage queries = new StandardQueryLanguage();
        api = new SlackApi(apiUrl, FakeSlackApi.BOT_TOKEN);
        delivery = new DeliveryService(outbox, chats, List.of(new SlackPlatform(api)), clock, 8);
        ChatSettings settings = new ChatSettings(ChatStack.TOPICS, List.of("BRICS", "Nvidia"), admins, Duration.ofMinutes(5),
                clock.instant());
        DigestIndex digestIndex = new DigestIndex(news, Duration.ofDays(7), 60_000, digestRefresh, clock);
        DigestService digests = new DigestService(digestIndex, chats, new JdbcDigestLog(db), settings,
                new Matchers(queries));
        chat = new ChatService(news, chats, sources, queries, new SlackAdmins(api, Duration.ofMinutes(10)), settings,
                digests, new JFreeChartRenderer(), ArticlePages.NONE, clock);
        SlackBlocks blocks = new SlackBlocks();
        alerts = new AlertService(news, chats, new JdbcStoryKeys(db), new JdbcAlertLog(db), digestIndex,
                Map.of("slack", blocks), queries, delivery, new AlertService.Limits(10, Duration.ofHours(48)), clock);
        bot = new SlackBot(api, SECRET, chat, new OutboxReplies(outbox, blocks, delivery, clock), 4);
        signature = new SlackSignature(SECRET, clock);
        delivery.start();
    }

    /** Starts HTTP mode: Bolt ready, the endpoint served; returns its URL. */
    public String serveHttp() throws IOException {
        bot.startHttp();
        http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        http.createContext(SlackEventsEndpoint.PATH, new SlackEventsEndpoint(bot, signature));
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        httpThreads = Executors.newFixedThreadPool(2, r -> new Thread(r, "slack-http-" + n.incrementAndGet()));
        http.setExecutor(httpThreads);
        http.start();
        return "http://127.0.0.1:" + http.getAddress().getPort() + SlackEventsEndpoint.PATH;
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
            httpThreads.shutdownNow();
        }
        bot.close();
        alerts.close();
        delivery.close();
        db.close();
    }
}
