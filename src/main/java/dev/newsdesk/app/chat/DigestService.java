package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;
import dev.newsdesk.core.digest.Digest;
import dev.newsdesk.core.digest.DigestBuilder;
import dev.newsdesk.core.digest.DigestRequest;
import dev.newsdesk.core.digest.DigestStory;
import dev.newsdesk.core.digest.MentionSeries;
import dev.newsdesk.core.digest.Mentions;
import dev.newsdesk.core.chat.Window;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Builds digests for chats on the {@link DigestIndex}: resolves topics and the chat's watch-list, reads what the chat
 * already got in scheduled digests, and caches each digest per (chat, topics, window, kind) until a story changes, the
 * chat gets a scheduled digest, or a few minutes pass (recency moves the ranking).
 */
public final class DigestService {
    /** Scheduled digests remember what they showed this long: a weekly digest must know last week's. */
    public static final Duration SEEN_SPAN = Duration.ofDays(15);
    private static final Duration CACHE_FOR = Duration.ofMinutes(5);

    private final DigestIndex index;
    private final ChatStore chats;
    private final DigestLog log;
    private final ChatSettings settings;
    private final Matchers matchers;
    private static final int CACHE_MAX = 5_000;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Shared, Cached> shared = new ConcurrentHashMap<>();
    private final Map<ChatRef, Long> seenVersions = new ConcurrentHashMap<>();

    /** What a chat asks for. {@code topics} are topic ids, possibly {@code watchlist}; empty for top stories. */
    public record Ask(ChatRef chat, ZoneId zone, List<String> topics, Duration window, boolean scheduled) {
        public Ask {
            topics = List.copyOf(topics);
        }
    }

    private record Key(ChatRef chat, List<String> topics, Duration window, boolean scheduled, ZoneId zone,
                       List<String> terms) {
    }

    private record Cached(Digest digest, long generation, long seenVersion, Instant builtAt) {
        /** Built at this generation of the index, and recently enough that recency has not moved the ranking. */
        boolean fresh(long currentGeneration, Instant now) {
            return generation == currentGeneration && !now.isBefore(builtAt) && now.isBefore(builtAt.plus(CACHE_FOR));
        }
    }

    /** What an on-demand digest's selection depends on. */
    private record Shared(List<String> topics, Duration window, List<String> terms) {
    }

    public DigestService(DigestIndex index, ChatStore chats, DigestLog log, ChatSettings settings, Matchers matchers) {
        this.index = index;
        this.chats = chats;
        this.log = log;
        this.settings = settings;
        this.matchers = matchers;
    }

    /** The digest for {@code ask} at {@code now}, from the cache when nothing changed. */
    public Digest digest(Ask ask, Instant now) {
        List<String> terms = watchTerms(ask.chat());
        Key key = new Key(ask.chat(), ask.topics(), ask.window(), ask.scheduled(), ask.zone(), terms);
        long generation = index.generation();
        long seenVersion = seenVersions.getOrDefault(ask.chat(), 0L);
        Cached c = cache.get(key);
        if (c != null && c.fresh(generation, now) && c.seenVersion() == seenVersion) {
            return c.digest();
        }
        Map<String, String> seen = log.seen(ask.chat(), now.minus(SEEN_SPAN));
        Digest d;
        if (ask.scheduled() && !seen.isEmpty()) {
            d = build(ask, terms, seen, now); // what it leaves out is this chat's own
        } else {
            // otherwise what a digest shows does not depend on the chat beyond its topics and watch-list: one
            // selection serves every chat that asks the same (1,000 channels due at 08:00), and only the "seen"
            // marks are the chat's own
            Shared sk = new Shared(ask.topics(), ask.window(), terms);
            Cached base = shared.get(sk);
            if (base == null || !base.fresh(generation, now)) {
                base = new Cached(build(ask, terms, Map.of(), now), generation, 0, now);
                if (shared.size() >= CACHE_MAX) {
                    shared.clear();
                }
                shared.put(sk, base);
            }
            d = DigestBuilder.markSeen(base.digest(), seen);
        }
        if (cache.size() >= CACHE_MAX) {
            cache.clear(); // entries are cheap to rebuild; most are stale after the next story anyway
        }
        cache.put(key, new Cached(d, generation, seenVersion, now));
        return d;
    }

    private Digest build(Ask ask, List<String> terms, Map<String, String> seen, Instant now) {
        DigestIndex.Snapshot snap = index.since(now.minus(ask.window()));
        Matching m = matching(snap, ask.topics(), terms);
        DigestRequest request = new DigestRequest(label(ask.topics()), ask.window(), now, ask.zone(), m.topics(),
                m.terms(), seen, ask.scheduled());
        return DigestBuilder.build(snap.stories(), request);
    }

    /** Mentions per day over the window of each watch-list term and each topic asked (all topics when none). */
    public MentionSeries mentions(Ask ask, Instant now) {
        List<String> terms = watchTerms(ask.chat());
        List<String> ids = ask.topics().isEmpty() ? settings.topics().stream().map(ChatSettings.Topic::id).toList()
                : ask.topics().stream().filter(t -> !t.equals(DigestBuilder.WATCHLIST)).toList();
        Instant since = now.minus(ask.window());
        DigestIndex.Snapshot snap = index.since(since);
        Matching m = matching(snap, ids, terms);
        Map<String, Predicate<DigestStory>> lines = new LinkedHashMap<>();
        for (DigestRequest.Term t : m.terms()) {
            lines.put(t.term(), t.matches());
        }
        for (DigestRequest.Topic t : m.topics()) {
            lines.putIfAbsent(t.name(), t.matches());
        }
        return Mentions.perDay("Mentions per day — last " + Window.describe(ask.window()), snap.stories(), lines,
                since, now, ask.zone());
    }

    /**
     * Works out, once per change of the index and for every chat at once, which stories each topic and watch term
     * matches at start, so that the first digest asked for is as quick as the next.
     */
    public void warm(Instant now) {
        matching(index.since(now.minus(Duration.ofDays(1))), settings.topics().stream()
                .map(ChatSettings.Topic::id).toList(), settings.watchlist());
    }

    /** The chat got a scheduled digest: its cached digests are out of date. */
    public void seenChanged(ChatRef chat) {
        seenVersions.merge(chat, 1L, Long::sum);
    }

    /** The topic ids a digest may name, {@code watchlist} last. */
    public List<String> topicIds() {
        List<String> ids = new ArrayList<>(settings.topics().stream().map(ChatSettings.Topic::id).toList());
        ids.add(DigestBuilder.WATCHLIST);
        return ids;
    }

    /** The heading of a digest of these topics: their names, or "Top stories". */
    public String label(List<String> topics) {
        if (topics.isEmpty()) {
            return "Top stories";
        }
        return String.join(" · ", topics.stream().map(t -> topic(t).map(ChatSettings.Topic::name)
                .orElse("watch-list")).toList());
    }

    /** The default watch terms and this chat's, each once. */
    public List<String> watchTerms(ChatRef chat) {
        Set<String> terms = new LinkedHashSet<>(settings.watchlist());
        chats.watchTerms(chat).forEach(t -> terms.add(t.term()));
        return List.copyOf(terms);
    }

    private Optional<ChatSettings.Topic> topic(String id) {
        return settings.topics().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The topics and terms of a digest, matched against the stories of {@code snap}. */
    private record Matching(List<DigestRequest.Topic> topics, List<DigestRequest.Term> terms) {
    }

    private Matching matching(DigestIndex.Snapshot snap, List<String> topicIds, List<String> terms) {
        Map<String, Predicate<DigestStory>> raw = new LinkedHashMap<>();
        for (String term : terms) {
            Predicate<NewsItem> p = matchers.term(term);
            raw.put("term:" + term, s -> p.test(s.lead()));
        }
        for (String id : topicIds) {
            if (id.equals(DigestBuilder.WATCHLIST)) {
                continue;
            }
            ChatSettings.Topic t = topic(id).orElseThrow(() -> new IllegalArgumentException("unknown topic " + id));
            Predicate<NewsItem> query = compiled(t.query());
            // analysed items carry their topics; items stored without analysis are matched against the query
            raw.put("topic:" + id + "\u0000" + t.query(), s -> s.analysed() ? s.topics().contains(id)
                    : query.test(s.lead()));
        }
        Map<String, Predicate<DigestStory>> m = index.matchers(snap, raw);
        List<DigestRequest.Term> ts = new ArrayList<>();
        for (String term : terms) {
            ts.add(new DigestRequest.Term(term, m.get("term:" + term)));
        }
        List<DigestRequest.Topic> out = new ArrayList<>();
        for (String id : topicIds) {
            if (id.equals(DigestBuilder.WATCHLIST)) {
                out.add(new DigestRequest.Topic(id, "Watch-list",
                        s -> ts.stream().anyMatch(t -> t.matches().test(s))));
            } else {
                ChatSettings.Topic t = topic(id).orElseThrow();
                out.add(new DigestRequest.Topic(id, t.name(), m.get("topic:" + id + "\u0000" + t.query())));
            }
        }
        return new Matching(out, ts);
    }

    private Predicate<NewsItem> compiled(String query) {
        try {
            return matchers.compile(query);
        } catch (QueryError e) {
            // config validation catches bad topic queries; a bad one matches nothing rather than breaking digests
            return it -> false;
        }
    }

}
