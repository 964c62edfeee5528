package dev.newsdesk.app;

import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.story.Story;
import dev.newsdesk.core.story.StoryAssignment;
import dev.newsdesk.core.story.StoryCandidate;
import dev.newsdesk.core.story.StoryGrouper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups new items into stories (near-duplicates across outlets) and keeps the store in step. */
public final class StoryService {
    private static final Logger log = LoggerFactory.getLogger(StoryService.class);
    /** The lead the grouper compares besides the title: the start of the summary is the article's own lead. */
    static final int LEAD_CHARS = 600;

    private final StoryGrouper grouper;
    private final StoryStore store;
    private final int restoreLimit;
    private final Metrics metrics;
    /** Several instances group into one store: see {@link #sharingTheStore(Clock)}; null for one instance. */
    private Clock shared;
    private Instant lastLook;
    /**
     * Store times are the writing instance's clock, and a batch commits a little after it is stamped: read back this
     * much further than the last look.
     */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /**
     * Looks at the store at most this often: each look reads every item grouped since the last one (and the skew
     * before), which in a first poll cycle of thousands of feeds would otherwise be read again for every batch.
     */
    private static final Duration CATCH_UP_EVERY = Duration.ofSeconds(1);

    public StoryService(StoryGrouper grouper, StoryStore store) {
        this(grouper, store, Integer.MAX_VALUE);
    }

    /** @param restoreLimit the most recent items put back into the index at start (the grouper's own cap) */
    public StoryService(StoryGrouper grouper, StoryStore store, int restoreLimit) {
        this(grouper, store, restoreLimit, Metrics.NONE);
    }

    /** @param metrics counts the stories new items start */
    public StoryService(StoryGrouper grouper, StoryStore store, int restoreLimit, Metrics metrics) {
        this.metrics = metrics;
        this.grouper = grouper;
        this.store = store;
        this.restoreLimit = restoreLimit;
    }

    /**
     * For several instances on one store: before each batch, the items the other instances grouped since the last
     * batch are put into this index with their stories, so that the same event from two outlets polled by two
     * instances is one story (and one alert), not one per instance. Two instances grouping the same event within
     * about a second of each other can still start two stories.
     */
    public synchronized StoryService sharingTheStore(Clock clock) {
        this.shared = clock;
        return this;
    }

    /** Rebuilds the in-memory index from the store's recent items, so a restart groups exactly as before. */
    public synchronized int restore(Instant now) {
        lastLook = now;
        int[] restored = {0};
        store.forEachMemberSince(now.minus(grouper.settings().window()), restoreLimit, m -> {
            grouper.addExisting(m.candidate(), m.storyId());
            restored[0]++;
        });
        log.info("stories: restored {} recent items into {} stories", restored[0], grouper.indexedStories());
        return restored[0];
    }

    /**
     * Assigns each new item to a story (a new one, or the story of the same event from another outlet).
     *
     * @return item id to its story, in the items' order
     */
    public synchronized Map<String, Story> assign(List<Item> newItems) {
        if (shared != null && !newItems.isEmpty()) {
            catchUp();
        }
        Map<String, Story> byItem = new LinkedHashMap<>();
        Map<String, String> storyOfItem = new LinkedHashMap<>();
        Map<String, Story> touched = new LinkedHashMap<>();
        int started = 0;
        for (Item it : newItems) {
            StoryAssignment a = grouper.add(candidate(it));
            if (a.newStory()) {
                started++;
            }
            byItem.put(it.id(), a.story());
            storyOfItem.put(it.id(), a.storyId());
            touched.put(a.storyId(), a.story());
        }
        if (!storyOfItem.isEmpty()) {
            store.save(storyOfItem, touched);
        }
        if (started > 0) {
            metrics.storiesStarted(started);
        }
        return byItem;
    }

    private void catchUp() {
        Instant now = shared.instant();
        if (lastLook != null && now.isBefore(lastLook.plus(CATCH_UP_EVERY))) {
            return;
        }
        Instant since = (lastLook == null ? now.minus(grouper.settings().window()) : lastLook).minus(CLOCK_SKEW);
        store.forEachMemberSince(since, restoreLimit, m -> grouper.addExisting(m.candidate(), m.storyId()));
        lastLook = now;
    }

    static StoryCandidate candidate(Item it) {
        return new StoryCandidate(it.id(), it.sourceId(), it.title(), lead(it.summary()), it.publishedAt());
    }

    /** The part of an item's summary that the grouper compares. */
    public static String lead(String summary) {
        return summary.length() > LEAD_CHARS ? summary.substring(0, LEAD_CHARS) : summary;
    }
}
