package dev.newsdesk.core.item;

import java.time.Duration;
import java.util.List;

/**
 * A feed or page as a parser read it.
 *
 * @param format  what was recognised: {@code rss_2.0}, {@code atom_1.0}, {@code rss_1.0}, {@code json-1.1},
 *                {@code html}, ...
 * @param title   the feed's title, or null
 * @param link    the site's link, or null
 * @param ttl     how long the feed says it stays fresh (RSS ttl, sy:updatePeriod), or null
 * @param entries never null
 */
public record ParsedFeed(String format, String title, String link, Duration ttl, List<FeedEntry> entries) {
    public ParsedFeed {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
