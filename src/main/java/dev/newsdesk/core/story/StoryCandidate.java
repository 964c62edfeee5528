package dev.newsdesk.core.story;

import java.time.Instant;
import java.util.Objects;

/**
 * What the grouper needs to know of one item.
 *
 * @param itemId      the stored item's id; never null
 * @param sourceId    the outlet it came from; never null
 * @param title       plain text; null is read as empty
 * @param lead        the first sentence or two of the summary or text (longer text is fine, only its start is
 *                    read); null is read as empty
 * @param publishedAt when it was published (normalised: never far in the future); never null
 */
public record StoryCandidate(String itemId, String sourceId, String title, String lead, Instant publishedAt) {
    public StoryCandidate {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(publishedAt, "publishedAt");
        title = title == null ? "" : title;
        lead = lead == null ? "" : lead;
    }
}
