package dev.newsdesk.core.item;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A normalised item as it is stored.
 *
 * @param id          stable id: a hash of the source id and {@code key}
 * @param sourceId    the source it came from
 * @param key         the stable key inside its source: the guid when stable, else the canonical URL, else a hash of
 *                    title and date
 * @param guid        the feed's own id, or null
 * @param url         the canonical URL, or null when the entry had no usable link
 * @param title       plain text, never null (may be empty)
 * @param author      or null
 * @param publishedAt never null: the feed's date, else the fetch time
 * @param fetchedAt   when it was read
 * @param summary     plain text, never null
 * @param text        the fullest plain text known (content, else summary), never null
 * @param categories  never null
 * @param imageUrl    or null
 * @param contentHash a hash of title, summary and text: a different hash means the item changed
 */
public record Item(String id, String sourceId, String key, String guid, String url, String title, String author,
                   Instant publishedAt, Instant fetchedAt, String summary, String text, List<String> categories,
                   String imageUrl, String contentHash) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
        categories = categories == null ? List.of() : List.copyOf(categories);
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
