package dev.newsdesk.core.digest;

import dev.newsdesk.core.chat.NewsItem;
import java.util.Objects;
import java.util.Set;

/**
 * One stored item as digests read it: the item (its summary, not its full text), the topics its analysis found, and
 * the strength of its market impact.
 *
 * @param item        the item; {@link NewsItem#text()} is left empty to keep digests light
 * @param topics      topic ids from the analysis (empty when not analysed)
 * @param impactScore the analysis's impact score in [-1, 1] (0 when neutral or not analysed)
 * @param analysed    whether an analysis exists: unanalysed items are matched against topic queries instead
 */
public record DigestEntry(NewsItem item, Set<String> topics, double impactScore, boolean analysed) {
    public DigestEntry {
        Objects.requireNonNull(item, "item");
        topics = Set.copyOf(topics);
    }

    /** The story this item belongs to: its story id, else its headline (items stored without enrichment). */
    public String storyKey() {
        if (item.storyId() != null) {
            return item.storyId();
        }
        String t = dev.newsdesk.core.chat.TitleKey.of(item.title());
        return t.isEmpty() ? "item:" + item.id() : "title:" + t;
    }
}
