package dev.newsdesk.app.chat;

import dev.newsdesk.app.NewItemsListener;
import dev.newsdesk.core.digest.DigestEntry;
import dev.newsdesk.core.digest.DigestStory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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

    /** What a digest reads: the stories of the window at one generation. */
    public record Snapshot(long generation, List<DigestStory> stories) {
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
        merge(news.digestEntries(itemIds));
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
        if (since.isBefore(clock.instant().minus(span))) {
            return fromStore(since);
        }
        synchronized (this) {
            List<DigestStory> out = new ArrayList<>();
            for (DigestStory s : stories.values()) {
                if (!s.updated().isBefore(since)) {
                    out.add(s);
                }
            }
            return new Snapshot(generation, out);
        }
    }

    private Snapshot fromStore(Instant since) {
        long g = generation();
        Map<String, DigestStory> byKey = new HashMap<>();
        // a long window, read whole: slow, but rare, and its digest is cached
        news.forEachDigestEntry(since, e -> byKey.compute(e.storyKey(),
                (k, s) -> s == null ? DigestStory.of(e) : s.with(e)));
        return new Snapshot(g, new ArrayList<>(byKey.values()));
    }

    /**
     * Whether each story matches {@code p}, remembered under {@code key} (e.g. {@code term:nvidia}) and brought up to
     * date by testing only the stories changed since. Stories read from the store for long windows are tested
     * directly.
     */
    public Predicate<DigestStory> matching(String key, Predicate<DigestStory> p) {
        Set<String> keys = matchingKeys(key, p);
        return s -> {
            // a story outside the index (long windows) is not in the memo: test it
            return keys.contains(s.key()) || (!held(s) && p.test(s));
        };
    }

    private synchronized boolean held(DigestStory s) {
        return stories.get(s.key()) == s;
    }

    private synchronized Set<String> matchingKeys(String key, Predicate<DigestStory> p) {
        Memo m = memos.get(key);
        if (m != null && m.generation == generation) {
            return m.keys;
        }
        Set<String> keys;
        if (m != null && !changes.isEmpty() && changes.peekFirst().generation() <= m.generation + 1) {
            keys = new HashSet<>(m.keys);
            for (Change c : changes) {
                if (c.generation() > m.generation) {
                    for (String k : c.keys()) {
                        DigestStory s = stories.get(k);
                        if (s != null && p.test(s)) {
                            keys.add(k);
                        } else {
                            keys.remove(k);
                        }
                    }
                }
            }
        } else {
            keys = new HashSet<>();
            for (DigestStory s : stories.values()) {
                if (p.test(s)) {
                    keys.add(s.key());
                }
            }
        }
        if (memos.size() >= MAX_MEMOS) {
            memos.clear();
        }
        memos.put(key, new Memo(keys, generation));
        return keys;
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
    public synchronized java.util.Optional<DigestStory> story(String key) {
        return java.util.Optional.ofNullable(stories.get(key));
    }

    /** How many stories are held. */
    public synchronized int size() {
        return stories.size();
    }

    /** For tests and the digest CLI: every story held. */
    synchronized Collection<DigestStory> all() {
        return List.copyOf(stories.values());
    }
}
