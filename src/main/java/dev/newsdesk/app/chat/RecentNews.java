package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.Stories;
import dev.newsdesk.core.chat.StoryView;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The newest items of a window, read from the store at most every {@code ttl} and shared by every chat, with the
 * stories each query matches worked out once per read: searches from many chats cost one read.
 *
 * <p>An expired snapshot keeps answering while one background thread reads the next and works out again the
 * queries asked of the old one; only a snapshot more than {@link #STALE_LIMIT} ttls old (or none) is read in line.
 * Without this, every ttl one person's command paid the store read and the matching (20-60 ms). A new item shows up
 * in answers about {@code ttl} late.
 */
final class RecentNews {
    /** Past this many ttls, a snapshot is too old to answer with while the next one is read. */
    static final int STALE_LIMIT = 4;
    /** Queries remembered per snapshot (and worked out again for the next) at most. */
    private static final int MAX_QUERIES = 256;
    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recent-news");
        t.setDaemon(true);
        return t;
    });

    private final NewsReader news;
    private final int scan;
    private final Duration ttl;
    private final Executor background;
    private final Map<Duration, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Set<Duration> reading = ConcurrentHashMap.newKeySet();

    RecentNews(NewsReader news, int scan, Duration ttl) {
        this(news, scan, ttl, BACKGROUND);
    }

    RecentNews(NewsReader news, int scan, Duration ttl, Executor background) {
        this.news = news;
        this.scan = scan;
        this.ttl = ttl;
        this.background = background;
    }

    /** The snapshot of {@code window} back from about {@code now}. */
    Snapshot get(Instant now, Duration window) {
        Snapshot s = snapshots.get(window);
        if (s == null || s.readAt.isAfter(now) || s.readAt.plus(ttl.multipliedBy(STALE_LIMIT)).isBefore(now)) {
            return store(window, read(now, window, s));
        }
        if (s.readAt.plus(ttl).isBefore(now) && reading.add(window)) {
            Snapshot old = s;
            try {
                background.execute(() -> {
                    try {
                        store(window, read(now, window, old));
                    } finally {
                        reading.remove(window);
                    }
                });
            } catch (RuntimeException e) {
                reading.remove(window); // refused (shutting down): the next ask reads in line once too old
            }
        }
        return s;
    }

    private Snapshot read(Instant now, Duration window, Snapshot previous) {
        Snapshot next = new Snapshot(now, news.since(now.minus(window), scan));
        if (previous != null) {
            previous.queries.forEach((key, q) -> next.storiesMatching(key, q.predicate()));
        }
        return next;
    }

    private Snapshot store(Duration window, Snapshot s) {
        if (snapshots.size() > 32) {
            snapshots.clear();
        }
        snapshots.put(window, s);
        return s;
    }

    /** One read: items newest first, and the stories of the queries asked of it. */
    static final class Snapshot {
        final Instant readAt;
        final List<NewsItem> items;
        private final Map<String, Query> queries = new ConcurrentHashMap<>();

        private record Query(Predicate<NewsItem> predicate, List<StoryView> stories) {
        }

        Snapshot(Instant readAt, List<NewsItem> items) {
            this.readAt = readAt;
            this.items = List.copyOf(items);
        }

        /**
         * The stories of the items that {@code p} matches, newest first; {@code key} names {@code p} (e.g. the
         * query text).
         */
        List<StoryView> storiesMatching(String key, Predicate<NewsItem> p) {
            Query known = queries.get(key);
            if (known != null) {
                return known.stories();
            }
            List<NewsItem> hits = new ArrayList<>();
            for (NewsItem i : items) {
                if (p.test(i)) {
                    hits.add(i);
                }
            }
            List<StoryView> stories = List.copyOf(Stories.group(hits));
            if (queries.size() >= MAX_QUERIES) {
                queries.clear();
            }
            queries.put(key, new Query(p, stories));
            return stories;
        }
    }
}
