package dev.newsdesk.core.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored article as chat reads it.
 *
 * @param id         item id
 * @param sourceId   the source's id
 * @param sourceName the source's display name
 * @param url        canonical URL, or null
 * @param title      plain text
 * @param summary    plain text (may be empty)
 * @param text       the fullest text known (may be empty)
 * @param published  publication time
 */
public record NewsItem(String id, String sourceId, String sourceName, String url, String title, String summary,
                       String text, Instant published) {
    public NewsItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        sourceId = sourceId == null ? "" : sourceId;
        sourceName = sourceName == null || sourceName.isEmpty() ? sourceId : sourceName;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
    }
}
