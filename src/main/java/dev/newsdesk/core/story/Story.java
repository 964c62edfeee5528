package dev.newsdesk.core.story;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A snapshot of one story: the items of different outlets (or updates of one outlet) about the same event.
 *
 * @param id                   stable: the id of the item that started the story
 * @param representativeItemId the item to show for the story: the one that started it. It never changes, so a
 *                             digest or alert that showed it stays right; equal to {@code id}
 * @param itemCount            how many items the grouper has put in the story (restored ones included)
 * @param sourceIds            the outlets that carry it, in the order they joined (the representative's first);
 *                             never empty
 * @param firstSeen            the earliest publication time among its items
 * @param lastUpdated          the latest publication time among its items
 */
public record Story(String id, String representativeItemId, int itemCount, Set<String> sourceIds,
                    Instant firstSeen, Instant lastUpdated) {
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(representativeItemId, "representativeItemId");
        // a copy that keeps the joining order (Set.copyOf would not)
        sourceIds = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(sourceIds, "sourceIds")));
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("story " + id + ": sourceIds is empty");
        }
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
    }

    /** The outlets other than the representative's ("also: …"); empty when only one outlet carries the story. */
    public Set<String> otherSourceIds() {
        LinkedHashSet<String> others = new LinkedHashSet<>(sourceIds);
        others.remove(sourceIds.iterator().next());
        return Collections.unmodifiableSet(others);
    }
}
