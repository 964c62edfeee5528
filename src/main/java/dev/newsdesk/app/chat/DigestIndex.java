package dev.newsdesk.app.chat;

import dev.newsdesk.app.NewItemsListener;
import dev.newsdesk.core.digest.DigestEntry;
import dev.newsdesk.core.digest.DigestStory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories of the last {@code span} (a week) in memory, as digests rank them, kept up to date as items are
 * analysed. Reading a week of a busy store takes seconds; a digest must take milliseconds, for every chat at once.
 * Items analysed in this process arrive through {@link #onNewItems}; those stored by other instances (or by tools) are
 * found by a cheap look at the store's change times, at most every {@code refreshEvery}. Each change bumps a
 * generation, which digest caches compare against; matches of topic queries and watch-list terms are remembered per
 * story and re-tested only for the stories that changed.
 */
public final class DigestIndex implements NewItemsListener {
    private static final Logger log = LoggerFactory.getLogger(DigestIndex.class);
    /** Generations of changed keys remembered for incremental matching; older memos are rebuilt whole. */
    private static final int CHANGE_LOG = 512;
    private static final int MAX_MEMOS = 2_000;

    private final NewsReader news;
    private final Duration span;
    private final int maxStories;
    private final Clock clock;
    private final long refreshEveryNanos;
    /** Store times are the writers' clocks: look back a little further than the last look. */
    private static final Duration SLACK = Duration.ofSeconds(30);
    /**
     * A window reaching this far past the span is still served from memory: the stories it misses (evicted in that
     * last minute of the span) would rank last in any digest of the span.
     */
    private static final Duration SPAN_TOLERANCE = Duration.ofMinutes(1);
    private Instant lastLook;
    private long lastLookNanos;
    private final Map<String, DigestStory> stories = new HashMap<>();
    private final ArrayDeque<Change> changes = new ArrayDeque<>();
    private final Map<String, Memo> memos = new ConcurrentHashMap<>();
    private long generation;
    private boolean loaded;

    private record Change(long generation, Set<String> keys) {
    }

    /** Stories matching one predicate, as of a generation. */
    private static final class Memo {
        final Set<String> keys;
        final long generation;

        Memo(Set<String> keys, long generation) {
            this.keys = keys;
            this.generation = generation;
        }
    }

    /**
     * What a digest reads: the stories of the window at one generation.
     *
     * @param fromIndex false for a window longer than the index's span, read from the store
     */
    public record Snapshot(long generation, List<DigestStory> stories, boolean fromIndex) {
    }

    /**
     * @param span       how far back the index holds stories; longer windows read the store
     * @param maxStories   the most stories held (the least recently updated go first)
     * @param refreshEvery how often at most the store is asked for items changed since the last look
     */
    public DigestIndex(NewsReader news, Duration span, int maxStories, Duration refreshEvery, Clock clock) {
        this.news = news;
        this.span = span;
        this.maxStories = maxStories;
        this.refreshEveryNanos = refreshEvery.toNanos();
        this.clock = clock;
    }

    /** Reads the last {@code span} from the store (once; later calls do nothing). */
    public synchronized void load() {
        if (loaded) {
            return;
        }
        long t0 = System.nanoTime();
        int[] n = {0};
        lastLook = clock.instant();
        lastLookNanos = t0;
        news.forEachDigestEntry(lastLook.minus(span), e -> {
            add(e);
            n[0]++;
        });
        evict();
        loaded = true;
        generation++;
        log.info("digest index: loaded items={} stories={} in_ms={}", n[0], stories.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** New or changed items, after their analysis and story are stored. */
    @Override
    public void onNewItems(List<String> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        if (!isLoaded()) {
            load(); // reads them too
            return;
        }
        merge(news.digestEntries(itemIds));
    }

    private synchronized boolean isLoaded() {
        return loaded;
    }

    private synchronized void merge(List<DigestEntry> entries) {
        if (!loaded) {
            return; // the load will read them
        }
        Set<String> changed = new HashSet<>();
        for (DigestEntry e : entries) {
            if (add(e)) {
                changed.add(e.storyKey());
            }
        }
        changed.addAll(evict());
        if (changed.isEmpty()) {
            return; // items read again, unchanged: cached digests stay good
        }
        generation++;
        changes.addLast(new Change(generation, changed));
        while (changes.size() > CHANGE_LOG) {
            changes.removeFirst();
        }
    }

    /** Adds an item to its story; true when the story changed. */
    private boolean add(DigestEntry e) {
        String key = e.storyKey();
        DigestStory s = stories.get(key);
        DigestStory grown = s == null ? DigestStory.of(e) : s.with(e);
        if (grown.equals(s)) {
            return false;
        }
        stories.put(key, grown);
        return true;
    }

    /** Items stored or analysed since the last look, by this process or any other. */
    private void refresh() {
        long nanos = System.nanoTime();
        Instant since;
        synchronized (this) {
            if (nanos - lastLookNanos < refreshEveryNanos) {
                return;
            }
            since = lastLook.minus(SLACK);
            lastLook = clock.instant();
            lastLookNanos = nanos;
        }
        merge(news.digestEntriesChangedSince(since));
    }

    /** Drops stories older than the span, and the oldest beyond the cap; returns their keys. */
    private List<String> evict() {
        Instant oldest = clock.instant().minus(span);
        List<String> gone = new ArrayList<>();
        stories.values().removeIf(s -> {
            if (s.updated().isBefore(oldest)) {
                gone.add(s.key());
                return true;
            }
            return false;
        });
        if (stories.size() > maxStories) {
            List<DigestStory> byAge = new ArrayList<>(stories.values());
            byAge.sort(java.util.Comparator.comparing(DigestStory::updated));
            for (DigestStory s : byAge.subList(0, stories.size() - maxStories)) {
                stories.remove(s.key());
                gone.add(s.key());
            }
        }
        return gone;
    }

    /** The current generation: it changes whenever a story does. */
    public long generation() {
        ensureLoaded();
        refresh();
        synchronized (this) {
            return generation;
        }
    }

    /** The stories updated at or after {@code since}; when that is before the span, read from the store. */
    public Snapshot since(Instant since) {
        ensureLoaded();
        refresh();
        // a window as long as the span (a 7-day digest) starts a few milliseconds before what the index keeps, since
        // the asker's "now" came first; reading the whole week from the store for those milliseconds cost ~500 ms
        if (since.isBefore(clock.instant().minus(span).minus(SPAN_TOLERANCE))) {
            return fromStore(since);
        }
        synchronized (this) {
            List<DigestStory> out = new ArrayList<>();
            for (DigestStory s : stories.values()) {
                if (!s.updated().isBefore(since)) {
                    out.add(s);
                }
            }
            return new Snapshot(generation, out, true);
        }
    }

    private Snapshot fromStore(Instant since) {
        long g = generation();
        Map<String, DigestStory> byKey = new HashMap<>();
        // a long window, read whole: slow, but rare, and its digest is cached
        news.forEachDigestEntry(since, e -> byKey.compute(e.storyKey(),
                (k, s) -> s == null ? DigestStory.of(e) : s.with(e)));
        return new Snapshot(g, new ArrayList<>(byKey.values()), false);
    }

    /**
     * Whether stories match each of {@code predicates} (by memo key, e.g. {@code term:nvidia}), for the stories of
     * {@code snap}. For the index's own stories the answers are remembered per key and brought up to date by testing
     * only the stories changed since, all keys in one pass over the stories (a story's words are worked out once for
     * every key); stories read from the store for long windows are tested directly.
     */
    public Map<String, Predicate<DigestStory>> matchers(Snapshot snap, Map<String, Predicate<DigestStory>> predicates) {
        if (!snap.fromIndex()) {
            return predicates;
        }
        Map<String, Set<String>> keys = memos(predicates);
        Map<String, Predicate<DigestStory>> out = new HashMap<>();
        keys.forEach((k, set) -> out.put(k, s -> set.contains(s.key())));
        return out;
    }

    private Map<String, Set<String>> memos(Map<String, Predicate<DigestStory>> predicates) {
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, Set<String>> grow = new HashMap<>(); // key -> copy of its memo, to bring up to date
        Set<String> changed = new HashSet<>();
        List<String> whole = new ArrayList<>();
        List<DigestStory> all;
        Map<String, DigestStory> byKey;
        long g;
        synchronized (this) {
            g = generation;
            for (Map.Entry<String, Predicate<DigestStory>> e : predicates.entrySet()) {
                Memo m = memos.get(e.getKey());
                if (m != null && m.generation == g) {
                    out.put(e.getKey(), m.keys);
                } else if (m != null && !changes.isEmpty() && changes.peekFirst().generation() <= m.generation + 1) {
                    grow.put(e.getKey(), new HashSet<>(m.keys));
                    for (Change c : changes) {
                        if (c.generation() > m.generation) {
                            changed.addAll(c.keys());
                        }
                    }
                } else {
                    whole.add(e.getKey());
                }
            }
            if (grow.isEmpty() && whole.isEmpty()) {
                return out;
            }
            all = whole.isEmpty() ? List.of() : new ArrayList<>(stories.values());
            byKey = new HashMap<>();
            for (String k : changed) {
                DigestStory s = stories.get(k);
                if (s != null) {
                    byKey.put(k, s);
                }
            }
        }
        // the tests run outside the lock: new items keep flowing in meanwhile
        for (Map.Entry<String, Set<String>> e : grow.entrySet()) {
            Predicate<DigestStory> p = predicates.get(e.getKey());
            for (String k : changed) {
                DigestStory s = byKey.get(k);
                if (s != null && p.test(s)) {
                    e.getValue().add(k);
                } else {
                    e.getValue().remove(k);
                }
            }
            out.put(e.getKey(), e.getValue());
        }
        if (!whole.isEmpty()) {
            List<Set<String>> sets = new ArrayList<>();
            List<Predicate<DigestStory>> ps = new ArrayList<>();
            for (String k : whole) {
                Set<String> set = new HashSet<>();
                sets.add(set);
                ps.add(predicates.get(k));
                out.put(k, set);
            }
            for (DigestStory s : all) {
                for (int i = 0; i < ps.size(); i++) {
                    if (ps.get(i).test(s)) {
                        sets.get(i).add(s.key());
                    }
                }
            }
        }
        synchronized (this) {
            if (memos.size() >= MAX_MEMOS) {
                memos.clear();
            }
            for (String k : grow.keySet()) {
                memos.put(k, new Memo(out.get(k), g));
            }
            for (String k : whole) {
                memos.put(k, new Memo(out.get(k), g));
            }
        }
        return out;
    }

    private void ensureLoaded() {
        synchronized (this) {
            if (loaded) {
                return;
            }
        }
        load();
    }

    /** The story of this key, when held (the last {@code span}). */
    public java.util.Optional<DigestStory> story(String key) {
        ensureLoaded();
        synchronized (this) {
            return java.util.Optional.ofNullable(stories.get(key));
        }
    }

    /** How many stories are held. */
    public synchronized int size() {
        return stories.size();
    }
}
