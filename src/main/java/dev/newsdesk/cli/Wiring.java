package dev.newsdesk.cli;

import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.adapter.fetch.HttpFetcher;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
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
    /** Parsing and storing are CPU and disk work: one thread per core. */
    private final int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
    private HttpFetcher fetcher;
    private ExecutorService work;

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
        return new FileIngester(parser, sources, items, clock, workers);
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
        }
        PollPolicy policy = new PollPolicy(Duration.ofDays(1), config.fetch().maxBackoff());
        SourceRefresher refresher = new SourceRefresher(fetcher, parser, sources, items, policy, clock, work);
        // the fetch slots plus two waiting bodies per worker: enough to keep workers busy, never a cycle's worth
        return new Poller(sources, refresher, clock, config.fetch().concurrency() + 2 * workers);
    }

    @Override
    public void close() {
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
