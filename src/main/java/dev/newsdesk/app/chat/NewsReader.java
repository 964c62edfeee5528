package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.NewsItem;

import java.time.Instant;
import dev.newsdesk.core.digest.DigestEntry;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;

/** Reads stored news for chat. Later backed by analyses and stories; now by the items and sources tables. */
public interface NewsReader {

    /** Items published at or after {@code since}, newest first, at most {@code limit}. Never null. */
    List<NewsItem> since(Instant since, int limit);

    /** The items of these ids that exist, in no particular order. */
    List<NewsItem> byIds(List<String> ids);

    /** The item with this canonical URL, if stored. */
    Optional<NewsItem> byUrl(String url);

    /**
     * Every item published or stored at or after {@code since}, as digests read it (summary, topics, impact; no full
     * text), oldest first, streamed: a week of a busy store does not have to fit in one list.
     */
    void forEachDigestEntry(Instant since, Consumer<DigestEntry> sink);

    /** The digest entries of items stored, changed or analysed at or after {@code since}. */
    List<DigestEntry> digestEntriesChangedSince(Instant since);

    /** The digest entries of these item ids that exist. */
    List<DigestEntry> digestEntries(List<String> ids);

    /** Counts for {@code /status}. */
    NewsStatus status();

    /**
     * Store-wide figures.
     *
     * @param items    items stored
     * @param lastPoll the latest poll attempt of any source, or null
     */
    record NewsStatus(long items, Instant lastPoll) {
    }
}
