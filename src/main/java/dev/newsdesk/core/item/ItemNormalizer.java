package dev.newsdesk.core.item;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed entries into stored items: canonical URLs, a stable key and id, a date for every item, text within
 * bounds. Entries with neither a usable link, a guid nor any text are dropped: there is nothing to show or to
 * deduplicate them by.
 */
public final class ItemNormalizer {
    /** Longer titles are cut: a title is a line, not an article. */
    static final int MAX_TITLE = 500;
    /** Longer bodies are cut: a hostile feed must not fill the store. */
    public static final int MAX_TEXT = 100_000;
    static final int MAX_SUMMARY = 2_000;
    /** URLs longer than this are not kept as canonical URLs (indexes have limits). */
    static final int MAX_URL = 2_000;
    /** A published date further in the future than this is a feed bug: the fetch time is used instead. */
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private ItemNormalizer() {
    }

    /**
     * @param sourceId  the source the feed came from
     * @param feed      what the parser read
     * @param baseUrl   the URL the feed was fetched from (relative links resolve against it), or null
     * @param fetchedAt when it was fetched
     * @return the items, in feed order, without two items of the same key
     */
    public static List<Item> normalize(String sourceId, ParsedFeed feed, String baseUrl, Instant fetchedAt) {
        String base = baseUrl != null ? baseUrl : feed.link();
        Map<String, Integer> guidCounts = new HashMap<>();
        for (FeedEntry e : feed.entries()) {
            if (!isBlank(e.guid())) {
                guidCounts.merge(e.guid().strip(), 1, Integer::sum);
            }
        }
        List<Item> items = new ArrayList<>(feed.entries().size());
        Map<String, Boolean> seenKeys = new HashMap<>();
        for (FeedEntry e : feed.entries()) {
            Item item = normalize(sourceId, e, base, fetchedAt, guidCounts);
            if (item != null && seenKeys.putIfAbsent(item.key(), Boolean.TRUE) == null) {
                items.add(item);
            }
        }
        return items;
    }

    private static Item normalize(String sourceId, FeedEntry e, String base, Instant fetchedAt,
                                  Map<String, Integer> guidCounts) {
        String url = UrlCanonicalizer.canonicalize(e.link(), base);
        if (url == null && isUrl(e.guid())) {
            // RSS guids are often the permalink when <link> is missing
            url = UrlCanonicalizer.canonicalize(e.guid(), base);
        }
        if (url != null && url.length() > MAX_URL) {
            url = null;
        }
        String title = cut(oneLine(e.title()), MAX_TITLE);
        String content = cut(trimToEmpty(e.content()), MAX_TEXT);
        String summary = trimToEmpty(e.summary());
        String text = content.isEmpty() ? cut(summary, MAX_TEXT) : content;
        summary = summary.isEmpty() ? text : summary;
        summary = cut(summary, MAX_SUMMARY);
        if (title.isEmpty()) {
            title = cut(oneLine(summary), 120);
        }
        Instant published = e.published() != null ? e.published() : e.updated();
        if (published == null || published.isAfter(fetchedAt.plus(FUTURE_SLACK))) {
            published = fetchedAt;
        }

        String guid = isBlank(e.guid()) ? null : e.guid().strip();
        String key;
        if (guid != null && guidCounts.getOrDefault(guid, 0) == 1) {
            key = "g:" + guid;
        } else if (url != null) {
            key = "u:" + url;
        } else if (!title.isEmpty() || !text.isEmpty()) {
            // no stable identity at all: title and date are the best we have
            key = "h:" + Hashes.short64(title, e.published() == null ? "" : e.published().toString(), text);
        } else {
            return null;
        }
        String author = isBlank(e.author()) ? null : cut(oneLine(e.author()), 200);
        String image = UrlCanonicalizer.canonicalize(e.image(), base);
        List<String> categories = new ArrayList<>(e.categories().size());
        for (String c : e.categories()) {
            String clean = oneLine(c);
            if (!clean.isEmpty() && !categories.contains(clean)) {
                categories.add(cut(clean, 100));
            }
        }
        return new Item(Hashes.short64(sourceId, key), sourceId, key, guid, url, title, author, published,
                fetchedAt, summary, text, categories, image, Hashes.short64(title, summary, text));
    }

    private static boolean isUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** Collapses every run of white space (newlines included) into one space. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Cuts at a word boundary near {@code max} and marks the cut with an ellipsis. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        int space = s.lastIndexOf(' ', end);
        if (space > max * 3 / 4) {
            end = space;
        }
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + "…";
    }
}
