package dev.newsdesk.core.chat;

import java.time.Instant;
import java.util.List;
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
 * @param storyId    the story it belongs to (the same event across outlets), or null when not grouped
 * @param impact     its market-impact badge (e.g. {@code ▲ positive · Chips}), or null when none or not analysed
 * @param move       which way it moves markets and where, or null when neutral or not analysed
 * @param takeaways  its key takeaways (empty when not analysed)
 * @param watch      its "what to watch" sentences (empty when none)
 */
public record NewsItem(String id, String sourceId, String sourceName, String url, String title, String summary,
                       String text, Instant published, String storyId, String impact, StoryView.Move move,
                       List<String> takeaways, List<String> watch) {
    /** An item not (yet) grouped or analysed. */
    public NewsItem(String id, String sourceId, String sourceName, String url, String title, String summary,
                    String text, Instant published) {
        this(id, sourceId, sourceName, url, title, summary, text, published, null, null, null, List.of(), List.of());
    }

    public NewsItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        sourceId = sourceId == null ? "" : sourceId;
        sourceName = sourceName == null || sourceName.isEmpty() ? sourceId : sourceName;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
        takeaways = takeaways == null ? List.of() : List.copyOf(takeaways);
        watch = watch == null ? List.of() : List.copyOf(watch);
    }
}
