package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.Stories;
import dev.newsdesk.core.chat.StoryView;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The newest items of a window, read from the store at most every {@code ttl} and shared by every chat, with their
 * stories and query matches worked out once per read: digests and searches from many chats cost one read.
 * A new item shows up in answers at most {@code ttl} late.
 */
final class RecentNews {
    private final NewsReader news;
    private final int scan;
    private final Duration ttl;
    private final Map<Duration, Snapshot> snapshots = new ConcurrentHashMap<>();

    RecentNews(NewsReader news, int scan, Duration ttl) {
        this.news = news;
        this.scan = scan;
        this.ttl = ttl;
    }

    /** The snapshot of {@code window} back from about {@code now}. */
    Snapshot get(Instant now, Duration window) {
        Snapshot s = snapshots.get(window);
        if (s == null || s.readAt.plus(ttl).isBefore(now) || s.readAt.isAfter(now)) {
            s = new Snapshot(now, news.since(now.minus(window), scan));
            if (snapshots.size() > 32) {
                snapshots.clear();
            }
            snapshots.put(window, s);
        }
        return s;
    }

    /** One read: items newest first, by id, grouped into stories, and memoised matches. */
    static final class Snapshot {
        final Instant readAt;
        final List<NewsItem> items;
        final Map<String, NewsItem> byId = new HashMap<>();
        private volatile List<StoryView> stories;
        private final Map<String, Set<String>> matches = new ConcurrentHashMap<>();

        Snapshot(Instant readAt, List<NewsItem> items) {
            this.readAt = readAt;
            this.items = List.copyOf(items);
            items.forEach(i -> byId.put(i.id(), i));
        }

        /** The stories, in the order of their newest item. */
        List<StoryView> stories() {
            List<StoryView> s = stories;
            if (s == null) {
                s = Stories.group(items);
                stories = s;
            }
            return s;
        }

        /** Ids of the items that {@code p} matches; {@code key} names {@code p} (e.g. the query text). */
        Set<String> matching(String key, Predicate<NewsItem> p) {
            return matches.computeIfAbsent(key, k -> {
                Set<String> ids = new HashSet<>();
                for (NewsItem i : items) {
                    if (p.test(i)) {
                        ids.add(i.id());
                    }
                }
                return ids;
            });
        }
    }
}
