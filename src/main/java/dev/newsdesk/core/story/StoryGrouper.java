package dev.newsdesk.core.story;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Groups items into stories as they arrive: each new item either joins the story of the most similar recent item or
 * starts a story of its own.
 *
 * <p>How: the title (and lead) become a weighted word set ({@link TextFeatures}); a MinHash signature of the title
 * words, cut into LSH bands, puts the item into buckets, and the items already in the same buckets within the
 * window are the only candidates ({@link MinHasher}); each candidate is scored ({@link Similarity}) and the best
 * one at or over the threshold (higher for an item of the same outlet) wins. Each add costs O(1) amortised: a fixed
 * number of bucket look-ups per time slice of the window, a bounded walk per bucket, and expiry by dropping whole
 * slices ({@link TimeSlice}).
 *
 * <p>Stories: the id is the id of the item that started the story, and that item stays the representative (a later
 * item never replaces what a digest or alert already showed). Stories are never merged with each other: when an
 * item matches two stories it joins the more similar one.
 *
 * <p>Time: the index keeps items published within the window of the newest item seen (plus up to one slice). An item
 * that is older than that when it arrives is compared with what is still indexed and is not indexed itself. A publication date more than a day ahead of the clock is read as the clock's time, so that one
 * feed with a wrong date cannot expire everything.
 *
 * <p>Restart: the grouper lives in memory. At start, feed it the stored items of the last window with their story
 * ids through {@link #addExisting}, in the order they were first added; it then assigns new items as it would have
 * without the restart.
 *
 * <p>Thread-safety: all public methods are synchronized; one grouper can be shared, and adds are serialised.
 */
public final class StoryGrouper {
    /**
     * At most this many items per band are compared, newest first across the window's slices: see
     * {@link BandIndex#forEach}.
     */
    static final int MAX_BUCKET_WALK = 8;
    /** At most this many candidates are scored per add, whatever the buckets hold: the O(1) bound per add. */
    static final int MAX_CANDIDATES = 128;
    /** The window is cut into this many slices: finer means memory closer to one window, more look-ups per add. */
    static final int SLICES_PER_WINDOW = 6;
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);
    private static final Instant OLDEST = Instant.parse("0001-01-01T00:00:00Z");

    private final StorySettings settings;
    private final Clock clock;
    private final long windowMillis;
    private final long sliceMillis;
    private final TreeMap<Long, TimeSlice> slices = new TreeMap<>();
    private final Map<String, IndexedItem> itemsById = new HashMap<>();
    private final Map<String, StoryState> storiesById = new HashMap<>();
    private final int maxIndexed;
    private long newestMillis = Long.MIN_VALUE;
    private long addCount;

    /** A grouper with {@link StorySettings#DEFAULTS} and the system clock. */
    public StoryGrouper() {
        this(StorySettings.DEFAULTS, Clock.systemUTC());
    }

    /**
     * @param settings window and thresholds
     * @param clock    only used to distrust publication dates far in the future
     */
    public StoryGrouper(StorySettings settings, Clock clock) {
        this(settings, clock, Integer.MAX_VALUE);
    }

    /**
     * @param maxIndexed items kept in the index at most: past it the oldest time slices go before the window ends,
     *                   so that a busy store cannot grow the index (and the heap) without bound
     */
    public StoryGrouper(StorySettings settings, Clock clock, int maxIndexed) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.windowMillis = settings.window().toMillis();
        this.sliceMillis = Math.max(1, windowMillis / SLICES_PER_WINDOW);
        if (maxIndexed < 1) {
            throw new IllegalArgumentException("stories: maxIndexed " + maxIndexed + " must be at least 1");
        }
        this.maxIndexed = maxIndexed;
    }

    /**
     * Puts a new item into a story.
     *
     * @return the story it joined or started; an item id already in the index gets its current story back, with
     *         {@code newStory} false
     */
    public synchronized StoryAssignment add(StoryCandidate c) {
        Objects.requireNonNull(c, "candidate");
        IndexedItem known = itemsById.get(c.itemId());
        if (known != null) {
            return new StoryAssignment(known.story.snapshot(), false, null, 0);
        }
        long t = publishedMillis(c.publishedAt());
        advanceTo(t);
        TextFeatures f = TextFeatures.of(c.title(), c.lead());
        long[] keys = bandKeys(f);
        long visit = ++addCount;
        Best best = new Best();
        int[] budget = new int[keys.length];
        java.util.Arrays.fill(budget, MAX_BUCKET_WALK);
        // newest slices first: the per-band budget goes to the items most likely to be the same story
        for (TimeSlice slice : slices.subMap(sliceStart(t - windowMillis), true, sliceStart(t + windowMillis), true)
                .descendingMap().values()) {
            for (int b = 0; b < keys.length && best.scored < MAX_CANDIDATES; b++) {
                if (budget[b] == 0) {
                    continue;
                }
                budget[b] -= slice.buckets.forEach(keys[b], budget[b], i -> {
                    IndexedItem other = slice.items.get(i);
                    if (other.visitedBy == visit || Math.abs(other.publishedMillis - t) > windowMillis) {
                        return;
                    }
                    other.visitedBy = visit;
                    best.scored++;
                    double s = Similarity.score(f, other.features);
                    double needed = other.sourceId.equals(c.sourceId())
                            ? settings.sameSourceThreshold() : settings.threshold();
                    if (s >= needed && s > best.score) {
                        best.score = s;
                        best.item = other;
                    }
                });
            }
        }
        IndexedItem match = best.item;
        StoryState story = match == null ? new StoryState(c.itemId()) : match.story;
        story.join(c.sourceId(), Instant.ofEpochMilli(t));
        index(c, t, f, keys, story);
        return new StoryAssignment(story.snapshot(), match == null, match == null ? null : match.itemId,
                match == null ? 0 : best.score);
    }

    /**
     * Puts a stored item back into the index with the story it was given before a restart, without comparing it.
     *
     * @param storyId the story id stored with the item (a story id unknown so far starts that story, with the
     *                representative {@code storyId} whether or not that item is restored)
     * @return the story's state with this item in it; an item id already in the index changes nothing
     */
    public synchronized StoryAssignment addExisting(StoryCandidate c, String storyId) {
        Objects.requireNonNull(c, "candidate");
        Objects.requireNonNull(storyId, "storyId");
        IndexedItem known = itemsById.get(c.itemId());
        if (known != null) {
            return new StoryAssignment(known.story.snapshot(), false, null, 0);
        }
        long t = publishedMillis(c.publishedAt());
        advanceTo(t);
        StoryState story = storiesById.get(storyId);
        boolean created = story == null;
        if (created) {
            story = new StoryState(storyId);
        }
        story.join(c.sourceId(), Instant.ofEpochMilli(t));
        TextFeatures f = TextFeatures.of(c.title(), c.lead());
        index(c, t, f, bandKeys(f), story);
        return new StoryAssignment(story.snapshot(), created, null, 0);
    }

    /** The current state of a story still in the index, or empty when it is unknown or has left the window. */
    public synchronized Optional<Story> story(String storyId) {
        StoryState s = storiesById.get(storyId);
        return s == null ? Optional.empty() : Optional.of(s.snapshot());
    }

    /** How many items the index holds (those of the last window, about). */
    public synchronized int indexedItems() {
        return itemsById.size();
    }

    /** How many stories have items in the index. */
    public synchronized int indexedStories() {
        return storiesById.size();
    }

    /** The settings this grouper was made with. */
    public StorySettings settings() {
        return settings;
    }

    private static long[] bandKeys(TextFeatures f) {
        // a title-less item is found by its lead
        return f.title().length > 0 ? MinHasher.bandKeys(f.title(), f.titleW()) : MinHasher.bandKeys(f.full(), f.fullW());
    }

    private void index(StoryCandidate c, long t, TextFeatures f, long[] keys, StoryState story) {
        if (t < newestMillis - windowMillis) {
            return; // too old to be anybody's match: keep memory for the window
        }
        IndexedItem item = new IndexedItem(c.itemId(), c.sourceId(), t, f, story);
        slices.computeIfAbsent(sliceStart(t), TimeSlice::new).add(item, keys);
        itemsById.put(c.itemId(), item);
        story.liveItems++;
        storiesById.put(story.id, story);
        // the newest slice always stays, even when it alone holds more than the cap
        while (itemsById.size() > maxIndexed && slices.size() > 1) {
            dropOldestSlice();
        }
    }

    private void dropOldestSlice() {
        TimeSlice gone = slices.pollFirstEntry().getValue();
        for (IndexedItem item : gone.items) {
            itemsById.remove(item.itemId, item);
            if (--item.story.liveItems == 0) {
                storiesById.remove(item.story.id, item.story);
            }
        }
    }

    /** Moves the newest time forward and drops the slices that no item in the window can reach any more. */
    private void advanceTo(long t) {
        if (t <= newestMillis) {
            return;
        }
        newestMillis = t;
        long oldestUseful = newestMillis - windowMillis;
        while (!slices.isEmpty() && slices.firstKey() + sliceMillis <= oldestUseful) {
            dropOldestSlice();
        }
    }

    private long publishedMillis(Instant publishedAt) {
        Instant now = clock.instant();
        Instant p = publishedAt.isAfter(now.plus(FUTURE_SLACK)) ? now : publishedAt;
        // dates before the year -290,000,000 or so do not fit in a long of milliseconds; no news is that old
        return p.isBefore(OLDEST) ? OLDEST.toEpochMilli() : p.toEpochMilli();
    }

    private long sliceStart(long t) {
        return Math.floorDiv(t, sliceMillis) * sliceMillis;
    }

    /** The best match of one add so far, and how many candidates were scored. */
    private static final class Best {
        double score;
        IndexedItem item;
        int scored;
    }
}
