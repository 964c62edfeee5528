package dev.newsdesk.cli;

import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.adapter.fetch.HttpFetcher;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.store.JdbcStoryKeys;
import dev.newsdesk.adapter.console.ConsoleChat;
import dev.newsdesk.adapter.telegram.TelegramAdmins;
import dev.newsdesk.adapter.telegram.TelegramApi;
import dev.newsdesk.adapter.telegram.TelegramBot;
import dev.newsdesk.adapter.telegram.TelegramHtml;
import dev.newsdesk.adapter.telegram.TelegramPlatform;
import dev.newsdesk.app.chat.AlertService;
import dev.newsdesk.app.chat.ChatAdmins;
import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.ChatSettings;
import dev.newsdesk.app.chat.DeliveryService;
import dev.newsdesk.app.chat.MessageRenderer;
import dev.newsdesk.app.chat.OutboxReplies;
import dev.newsdesk.app.chat.StandardQueryLanguage;
import dev.newsdesk.app.FeedParser;
import dev.newsdesk.app.FileIngester;
import dev.newsdesk.app.Poller;
import dev.newsdesk.app.SourceRefresher;
import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.core.source.PollPolicy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The one place where the parts are made and connected, with plain {@code new}. Closes them in reverse order. */
final class Wiring implements AutoCloseable {
    final NewsdeskConfig config;
    final Clock clock = Clock.systemUTC();
    final Database db;
    final JdbcSourceStore sources;
    final JdbcItemStore items;
    final FeedParser parser = new FeedParsers();
    private HttpFetcher fetcher;
    private ExecutorService work;
    private Chat chat;

    /** The chat parts: commands, the console, the outbox sender, alerts, and the Telegram bot when configured. */
    record Chat(ChatService service, ConsoleChat console, DeliveryService delivery, AlertService alerts,
                TelegramBot telegram) {
    }

    private Wiring(NewsdeskConfig config) {
        this.config = config;
        this.db = Database.open(config.storage());
        this.sources = new JdbcSourceStore(db);
        this.items = new JdbcItemStore(db);
    }

    /** Opens the store (migrating it) and syncs the operator's sources into it. */
    static Wiring open(NewsdeskConfig config) {
        Wiring w = new Wiring(config);
        w.sources.syncConfigured(config.sources(), w.clock.instant());
        return w;
    }

    FileIngester fileIngester() {
        return new FileIngester(parser, sources, items, clock, Runtime.getRuntime().availableProcessors());
    }

    Poller poller() {
        if (fetcher == null) {
            fetcher = new HttpFetcher(config.fetch());
            AtomicInteger n = new AtomicInteger();
            // parsing and storing are CPU and disk work: one thread per core is enough
            work = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "poll-work-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        PollPolicy policy = new PollPolicy(Duration.ofDays(1), config.fetch().maxBackoff());
        SourceRefresher refresher = new SourceRefresher(fetcher, parser, sources, items, policy, clock, work);
        return new Poller(sources, refresher, clock);
    }

    /**
     * Builds the chat parts once (nothing starts yet); {@code telegram} is null when no token is configured or not
     * {@code withTelegram} (the {@code chat} command must not deliver Telegram's outbox beside a running bot).
     */
    Chat chat(boolean withTelegram) {
        if (chat != null) {
            return chat;
        }
        JdbcChatStore chats = new JdbcChatStore(db);
        JdbcOutbox outbox = new JdbcOutbox(db);
        JdbcNewsReader news = new JdbcNewsReader(db);
        java.util.List<ChatSettings.Topic> topics = config.topics().values().stream()
                .map(t -> new ChatSettings.Topic(t.id(), t.name(), t.query())).toList();
        java.util.Set<String> admins = new java.util.HashSet<>();
        config.telegram().admins().forEach(a -> admins.add("telegram:" + a));
        ChatSettings settings = new ChatSettings(topics, config.watchlist(), admins, config.fetch().minInterval(),
                clock.instant());
        boolean telegram = withTelegram && config.telegram().enabled();
        org.telegram.telegrambots.meta.TelegramUrl url = telegram ? TelegramApi.url(config.telegram().apiUrl()) : null;
        org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient client = telegram
                ? TelegramApi.client(config.telegram().token(), url) : null;
        ChatAdmins chatAdmins = telegram ? new TelegramAdmins(client, Duration.ofMinutes(3)) : ChatAdmins.NONE;
        StandardQueryLanguage queries = new StandardQueryLanguage();
        ChatService service = new ChatService(news, chats, sources, queries, chatAdmins, settings, clock);
        ConsoleChat console = new ConsoleChat(service, System.out);
        java.util.List<ChatPlatform> platforms = new java.util.ArrayList<>(java.util.List.of(console));
        java.util.Map<String, MessageRenderer> renderers = new java.util.HashMap<>(
                java.util.Map.of("console", console.renderer()));
        TelegramHtml html = new TelegramHtml();
        if (telegram) {
            platforms.add(new TelegramPlatform(client));
            renderers.put("telegram", html);
        }
        DeliveryService delivery = new DeliveryService(outbox, chats, platforms, clock, 8);
        AlertService alerts = new AlertService(news, chats, new JdbcStoryKeys(db), outbox, renderers,
                queries, delivery, clock);
        TelegramBot bot = telegram ? new TelegramBot(config.telegram().token(), url, client, service, chats, outbox,
                new OutboxReplies(outbox, html, delivery, clock), 4) : null;
        chat = new Chat(service, console, delivery, alerts, bot);
        return chat;
    }

    @Override
    public void close() {
        if (chat != null) {
            if (chat.telegram() != null) {
                chat.telegram().close();
            }
            chat.delivery().close();
        }
        if (work != null) {
            work.shutdown();
            try {
                work.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fetcher != null) {
            fetcher.close();
        }
        db.close();
    }
}
