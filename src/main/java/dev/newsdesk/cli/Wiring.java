package dev.newsdesk.cli;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsdesk.adapter.extract.ArticleExtractor;
import dev.newsdesk.adapter.extract.PageArticleReader;
import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.adapter.fetch.HttpFetcher;
import dev.newsdesk.adapter.llm.ChatCompletionsClient;
import dev.newsdesk.adapter.llm.LlmSummarizer;
import dev.newsdesk.adapter.llm.TokenBudget;
import dev.newsdesk.adapter.metrics.MicrometerMetrics;
import dev.newsdesk.adapter.store.CachedAnalysisStore;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcAnalysisStore;
import dev.newsdesk.adapter.store.JdbcInstances;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.JdbcStoryStore;
import dev.newsdesk.adapter.store.JdbcSummaryCache;
import dev.newsdesk.app.AfterPoll;
import dev.newsdesk.app.ArticleCompleter;
import dev.newsdesk.app.Enricher;
import dev.newsdesk.adapter.store.JdbcChatStore;
import dev.newsdesk.adapter.store.JdbcNewsReader;
import dev.newsdesk.adapter.store.JdbcOutbox;
import dev.newsdesk.adapter.store.JdbcStoryKeys;
import dev.newsdesk.adapter.console.ConsoleChat;
import dev.newsdesk.adapter.slack.SlackAdmins;
import dev.newsdesk.adapter.slack.SlackApi;
import dev.newsdesk.adapter.slack.SlackBlocks;
import dev.newsdesk.adapter.slack.SlackBot;
import dev.newsdesk.adapter.slack.SlackPlatform;
import dev.newsdesk.adapter.telegram.TelegramAdmins;
import dev.newsdesk.adapter.telegram.TelegramApi;
import dev.newsdesk.adapter.telegram.TelegramBot;
import dev.newsdesk.adapter.telegram.TelegramHtml;
import dev.newsdesk.adapter.telegram.TelegramPlatform;
import dev.newsdesk.adapter.chart.JFreeChartRenderer;
import dev.newsdesk.adapter.store.JdbcAlertLog;
import dev.newsdesk.adapter.store.JdbcDigestLog;
import dev.newsdesk.app.chat.AlertService;
import dev.newsdesk.app.chat.ArticlePages;
import dev.newsdesk.app.chat.FetchedArticlePages;
import dev.newsdesk.app.chat.ChartRenderer;
import dev.newsdesk.app.chat.DigestIndex;
import dev.newsdesk.app.chat.DigestScheduler;
import dev.newsdesk.app.chat.DigestService;
import dev.newsdesk.app.chat.Matchers;
import dev.newsdesk.app.chat.ScheduledDigest;
import dev.newsdesk.config.DigestSpec;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.item.Hashes;
import dev.newsdesk.core.chat.ScheduleSpec;
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
import dev.newsdesk.app.Lease;
import dev.newsdesk.app.ItemIntelligence;
import dev.newsdesk.app.PollActivity;
import dev.newsdesk.app.Poller;
import dev.newsdesk.app.SourceRefresher;
import dev.newsdesk.app.StoryService;
import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.config.SummarizerSettings;
import dev.newsdesk.config.TopicSpec;
import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.Lexicon;
import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import dev.newsdesk.core.analysis.summary.Summarizer;
import dev.newsdesk.core.analysis.topic.TopicClassifier;
import dev.newsdesk.core.analysis.watch.WatchMatcher;
import dev.newsdesk.core.source.PollPolicy;
import dev.newsdesk.core.story.StoryGrouper;
import dev.newsdesk.core.story.StorySettings;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The one place where the parts are made and connected, with plain {@code new}. Closes them in reverse order. */
final class Wiring implements AutoCloseable {
    /** Article pages remembered by URL (text only), so the same article from two outlets is fetched once. */
    private static final int ARTICLE_PAGES_REMEMBERED = 10_000;
    /** Analyses kept in memory: the recent ones digests and summaries read (a few KB each; the heap is small). */
    private static final int ANALYSES_CACHED = 5_000;
    private static final Duration MODEL_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Items the story index holds at most (about 2 KB of heap each): two days of a few hundred busy feeds. A
     * larger store groups within the newest 12,000 items, and restarts restore that many.
     */
    private static final int STORY_INDEX = 12_000;
    /**
     * Polls whose follow-up may wait for the analysing thread; past this the poll workers do it themselves. A
     * waiting follow-up holds only item ids (its items are read back from the store), so a first cycle over
     * thousands of feeds fits.
     */
    private static final int AFTER_POLL_QUEUE = 20_000;
    /**
     * The share of its thread's time the follow-up stage (analyses, stories) takes while polls are in progress; it
     * takes all of it when none is. Never zero: a poller that is never idle must not starve analysis.
     */
    private static final double ANALYSIS_SHARE_WHILE_POLLING = 0.25;

    final NewsdeskConfig config;
    final Clock clock = Clock.systemUTC();
    final Database db;
    final JdbcSourceStore sources;
    final JdbcItemStore items;
    final CachedAnalysisStore analyses;
    final FeedParser parser = new FeedParsers();
    /** Counters, timers and gauges for {@code /metrics}; kept in memory, cheap enough for every command. */
    final MicrometerMetrics metrics = new MicrometerMetrics();
    /** This process's claims on sources and deliveries shared with other instances on the store. */
    final Lease lease;
    /** Parsing, analysing and storing are CPU and disk work: one thread per core. */
    private final int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
    private ItemIntelligence intelligence;
    private Enricher enricher;
    private HttpFetcher chatPageFetcher;
    private HttpFetcher fetcher;
    private HttpFetcher pageFetcher;
    private ExecutorService work;
    private AfterPoll afterPoll;
    private final PollActivity pollActivity = new PollActivity();
    private Chat chat;

    /**
     * The chat parts: commands, the console, the outbox sender, alerts, and the Telegram and Slack bots when
     * configured (else null).
     */
    record Chat(ChatService service, ConsoleChat console, DeliveryService delivery, AlertService alerts,
                TelegramBot telegram, SlackBot slack, DigestIndex digestIndex, DigestService digests,
                DigestScheduler scheduler) {
    }

    /** Digests rank the stories of the last week from memory; longer windows read the store. */
    static final Duration DIGEST_INDEX_SPAN = Duration.ofDays(7);
    /** The most stories the digest index holds (a very busy week); about 1 KB each. */
    static final int DIGEST_INDEX_STORIES = 60_000;
    /** How often digests look for items stored by other instances (this one's arrive at once). */
    static final Duration DIGEST_INDEX_REFRESH = Duration.ofSeconds(2);

    private Wiring(NewsdeskConfig config) {
        this.config = config;
        this.lease = Lease.forThisProcess(config.instance().lease());
        this.db = Database.open(config.storage(), config.instance().lease());
        this.sources = new JdbcSourceStore(db);
        this.items = new JdbcItemStore(db);
        this.analyses = new CachedAnalysisStore(new JdbcAnalysisStore(db), ANALYSES_CACHED);
        metrics.monitor("analyses", analyses.cache());
    }

    /** Opens the store (migrating it) and syncs the operator's sources into it. */
    static Wiring open(NewsdeskConfig config) {
        Wiring w = new Wiring(config);
        w.sources.syncConfigured(config.sources(), w.clock.instant());
        return w;
    }

    /** Analyses, stories and listeners for stored items; the story index is rebuilt from the store once. */
    synchronized ItemIntelligence intelligence() {
        if (intelligence == null) {
            StoryService stories = new StoryService(new StoryGrouper(StorySettings.DEFAULTS, clock, STORY_INDEX),
                    new JdbcStoryStore(db), STORY_INDEX, metrics);
            if (!db.isSqlite()) {
                stories.sharingTheStore(clock); // PostgreSQL: other instances may group into it too
            }
            stories.restore(clock.instant());
            intelligence = new ItemIntelligence(enricher(), analyses, stories);
        }
        return intelligence;
    }

    /** Summary, topics, watch-list hits and impact of one item (shared by ingest, polling and /summary URL). */
    private synchronized Enricher enricher() {
        if (enricher == null) {
            ExtractiveSummarizer extractive = new ExtractiveSummarizer();
            Map<String, String> queries = new LinkedHashMap<>();
            for (TopicSpec t : config.topics().values()) {
                queries.put(t.id(), t.query());
            }
            enricher = new Enricher(extractive, summarizer(extractive), TopicClassifier.parse(queries),
                    WatchMatcher.of(config.watchlist()), new ImpactAnalyzer(Lexicon.builtIn()), clock);
        }
        return enricher;
    }

    /** Pages a chat asks about ({@code /summary URL}): untrusted requests, on two connections of their own. */
    private synchronized ArticlePages articlePages() {
        if (chatPageFetcher == null) {
            chatPageFetcher = new HttpFetcher(config.fetch().withConcurrency(2, 1));
        }
        return new FetchedArticlePages(chatPageFetcher, new PageArticleReader(new ArticleExtractor()), enricher(),
                config.fetch().timeout(), clock);
    }

    private Summarizer summarizer(ExtractiveSummarizer extractive) {
        SummarizerSettings s = config.summarizer();
        if (!s.provider().equals("openai-compatible")) {
            return extractive;
        }
        return new LlmSummarizer(new ChatCompletionsClient(s.baseUrl(), s.apiKey(), MODEL_TIMEOUT), s.model(),
                extractive, new JdbcSummaryCache(db, clock), new TokenBudget(s.maxTokensPerDay(), clock));
    }

    FileIngester fileIngester(boolean enrich) {
        return new FileIngester(parser, sources, items, clock, workers, enrich ? intelligence() : null);
    }

    Poller poller() {
        if (fetcher == null) {
            fetcher = new HttpFetcher(config.fetch());
            AtomicInteger n = new AtomicInteger();
            work = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "poll-work-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            // article pages get their own, smaller pool of connections: they must never hold up polling the feeds
            pageFetcher = new HttpFetcher(config.fetch().withConcurrency(Math.max(2, config.fetch().concurrency() / 4),
                    1));
            com.github.benmanes.caffeine.cache.Cache<String, String> pages = Caffeine.newBuilder()
                    .maximumSize(ARTICLE_PAGES_REMEMBERED).expireAfterWrite(Duration.ofDays(2)).recordStats().build();
            metrics.monitor("article-pages", pages);
            ArticleCompleter completer = new ArticleCompleter(pageFetcher,
                    new PageArticleReader(new ArticleExtractor()), config.fetch().articlePagesPerPoll(), pages.asMap());
            // one core's worth of analysing beside polling, a quarter of it while polls run: new items arrive far
            // slower than that in steady state, and a cycle's parsing and storing come first
            afterPoll = new AfterPoll(completer, intelligence(), items, Math.max(1, workers - 1), AFTER_POLL_QUEUE,
                    pollActivity, ANALYSIS_SHARE_WHILE_POLLING);
        }
        PollPolicy policy = new PollPolicy(Duration.ofDays(1), config.fetch().maxBackoff());
        SourceRefresher refresher = new SourceRefresher(fetcher, parser, sources, items, policy, clock, work,
                afterPoll, metrics);
        // A poll holds its slot from the request to its commit. Measured on a first cycle (1,000 feeds at 50 ms,
        // concurrency 32): after the fetch a body waits ~10 ms for a worker and ~10 ms for its group commit, so with
        // only two waiting bodies per worker a fetch slot in five stood idle (2.31 s instead of 1.96 s). Half the
        // fetch slots again keeps them busy and still bounds the bodies held to a few dozen, never a cycle's worth.
        int fetchSlots = config.fetch().concurrency();
        return new Poller(sources, refresher, clock, fetchSlots + Math.max(2 * workers, fetchSlots / 2), lease,
                pollActivity);
    }

    /** The follow-up stage of the poller (made with it). */
    AfterPoll afterPoll() {
        return afterPoll;
    }

    /** Analyses what a previous run stored and did not analyse (a crash, a stop mid-work): the last two days. */
    int catchUp() {
        return intelligence().catchUp(items, clock.instant().minus(Duration.ofDays(2)), 100_000);
    }

    /**
     * Builds the chat parts once (nothing starts yet); {@code telegram} and {@code slack} are null when their token
     * is not configured or not {@code withPlatforms} (the {@code chat} command must not deliver the platforms'
     * outbox beside a running bot).
     */
    Chat chat(boolean withPlatforms) {
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
        config.slack().admins().forEach(a -> admins.add("slack:" + a));
        ChatSettings settings = new ChatSettings(topics, config.watchlist(), admins, config.fetch().minInterval(),
                clock.instant());
        boolean telegram = withPlatforms && config.telegram().enabled();
        boolean slack = withPlatforms && config.slack().enabled();
        SlackApi slackApi = slack ? new SlackApi(config.slack().apiUrl(), config.slack().botToken()) : null;
        org.telegram.telegrambots.meta.TelegramUrl url = telegram ? TelegramApi.url(config.telegram().apiUrl()) : null;
        org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient client = telegram
                ? TelegramApi.client(config.telegram().token(), url) : null;
        java.util.Map<String, ChatAdmins> platformAdmins = new java.util.HashMap<>();
        if (telegram) {
            platformAdmins.put("telegram", new TelegramAdmins(client, Duration.ofMinutes(3)));
        }
        if (slack) {
            platformAdmins.put("slack", new SlackAdmins(slackApi, Duration.ofMinutes(10)));
        }
        ChatAdmins chatAdmins = ChatAdmins.byPlatform(platformAdmins);
        StandardQueryLanguage queries = new StandardQueryLanguage();
        DigestIndex index = new DigestIndex(news, DIGEST_INDEX_SPAN, DIGEST_INDEX_STORIES, DIGEST_INDEX_REFRESH,
                clock);
        JdbcDigestLog digestLog = new JdbcDigestLog(db);
        DigestService digests = new DigestService(index, chats, digestLog, settings, new Matchers(queries));
        ChartRenderer charts = charts();
        ChatService service = new ChatService(news, chats, sources, queries, chatAdmins, settings, digests, charts,
                articlePages(), clock, metrics);
        ConsoleChat console = new ConsoleChat(service, System.out);
        java.util.List<ChatPlatform> platforms = new java.util.ArrayList<>(java.util.List.of(console));
        java.util.Map<String, MessageRenderer> renderers = new java.util.HashMap<>(
                java.util.Map.of("console", console.renderer()));
        TelegramHtml html = new TelegramHtml();
        if (telegram) {
            platforms.add(new TelegramPlatform(client));
            renderers.put("telegram", html);
        }
        SlackBlocks blocks = new SlackBlocks();
        if (slack) {
            platforms.add(new SlackPlatform(slackApi));
            renderers.put("slack", blocks);
        }
        DeliveryService delivery = new DeliveryService(outbox, chats, platforms, clock, 8, metrics, lease,
                new JdbcInstances(db));
        AlertService alerts = new AlertService(news, chats, new JdbcStoryKeys(db), new JdbcAlertLog(db), index,
                renderers, queries, delivery, new AlertService.Limits(config.alerts().maxPerHour(),
                config.alerts().editWithin()), clock);
        TelegramBot bot = telegram ? new TelegramBot(config.telegram().token(), url, client, service, chats, outbox,
                new OutboxReplies(outbox, html, delivery, clock), 4) : null;
        SlackBot slackBot = slack ? new SlackBot(slackApi, config.slack().signingSecret(), service,
                new OutboxReplies(outbox, blocks, delivery, clock), 4) : null;
        DigestScheduler scheduler = new DigestScheduler(this::operatorDigests, chats, digests, digestLog, renderers,
                charts, delivery, config.alerts().grace(), clock);
        chat = new Chat(service, console, delivery, alerts, bot, slackBot, index, digests, scheduler);
        return chat;
    }

    /** Draws digest charts. */
    ChartRenderer charts() {
        return new JFreeChartRenderer();
    }

    /**
     * The operator's digests. Each is keyed by what it is (chat, time, topics, options), not by its place in the
     * list: reordering the file must not make a digest look new and send it twice.
     */
    private java.util.List<ScheduledDigest> operatorDigests() {
        java.util.List<ScheduledDigest> out = new java.util.ArrayList<>();
        for (DigestSpec d : config.digests()) {
            String[] chat = d.chat().split(":", 2);
            java.util.Set<String> options = new java.util.TreeSet<>();
            if (d.quiet()) {
                options.add(ScheduleSpec.QUIET);
            }
            if (d.chart()) {
                options.add(ScheduleSpec.CHART);
            }
            String what = d.due().describe() + "|" + String.join(",", d.topics()) + "|" + options;
            out.add(new ScheduledDigest(new ChatRef(chat[0], chat[1]), "config:" + Hashes.short64(what), d.due(), d.topics(), options, null));
        }
        return out;
    }

    @Override
    public void close() {
        if (chat != null) {
            if (chat.telegram() != null) {
                chat.telegram().close();
            }
            if (chat.slack() != null) {
                chat.slack().close();
            }
            chat.scheduler().close();
            chat.alerts().close();
            chat.delivery().close();
        }
        if (afterPoll != null) {
            afterPoll.close();
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
            pageFetcher.close();
        }
        if (chatPageFetcher != null) {
            chatPageFetcher.close();
        }
        db.close();
        metrics.close();
    }
}
