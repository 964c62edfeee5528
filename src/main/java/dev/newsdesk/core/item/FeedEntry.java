package dev.newsdesk.core.item;

import java.time.Instant;
import java.util.List;

/**
 * One entry as a parser read it, before normalisation. Text fields are already plain text (markup and entities
 * removed; paragraphs separated by a blank line); URLs may still be relative. Any field but {@code categories} may be
 * null when the feed did not have it.
 *
 * @param guid       the feed's own id (RSS guid, Atom id, JSON Feed id)
 * @param link       the article URL as written in the feed
 * @param published  publication time; {@code updated} is used when a feed only has that
 * @param summary    the description / summary
 * @param content    the full content when the feed carries it (content:encoded, atom:content, content_html)
 * @param categories never null, may be empty
 * @param image      an image URL (enclosure, media:content or thumbnail, JSON Feed image)
 */
public record FeedEntry(String guid, String title, String link, Instant published, Instant updated, String author,
                        String summary, String content, List<String> categories, String image) {
    public FeedEntry {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
