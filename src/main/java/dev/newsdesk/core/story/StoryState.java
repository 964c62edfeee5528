package dev.newsdesk.core.story;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** The mutable state of one story inside the grouper; {@link #snapshot()} is what leaves it. */
final class StoryState {
    /** An outlet list longer than this is cut: a story is shown with "also: …", not a directory of outlets. */
    static final int MAX_SOURCES = 200;

    final String id;
    private final Set<String> sources = new LinkedHashSet<>();
    private int items;
    private Instant firstSeen;
    private Instant lastUpdated;
    /** Items of this story still in the index; the story is forgotten when it reaches 0. */
    int liveItems;

    StoryState(String id) {
        this.id = id;
    }

    void join(String sourceId, Instant publishedAt) {
        if (sources.size() < MAX_SOURCES) {
            sources.add(sourceId);
        }
        items++;
        firstSeen = firstSeen == null || publishedAt.isBefore(firstSeen) ? publishedAt : firstSeen;
        lastUpdated = lastUpdated == null || publishedAt.isAfter(lastUpdated) ? publishedAt : lastUpdated;
    }

    Story snapshot() {
        return new Story(id, id, items, sources, firstSeen, lastUpdated);
    }
}
