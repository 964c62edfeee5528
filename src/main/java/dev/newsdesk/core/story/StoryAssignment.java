package dev.newsdesk.core.story;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one item went.
 *
 * @param story         the story's state right after the item joined (or started) it
 * @param newStory      true when the item started a story of its own
 * @param matchedItemId the indexed item it was found similar to, or null for a new story (and for items restored
 *                      with {@link StoryGrouper#addExisting})
 * @param similarity    the similarity to that item in [0, 1], or 0 when there is none
 */
public record StoryAssignment(Story story, boolean newStory, String matchedItemId, double similarity) {
    public StoryAssignment {
        Objects.requireNonNull(story, "story");
    }

    /** The story's id: the key for "one alert per story". */
    public String storyId() {
        return story.id();
    }

    /** The item it matched, or empty when it started a story or was restored. */
    public Optional<String> matchedItem() {
        return Optional.ofNullable(matchedItemId);
    }
}
