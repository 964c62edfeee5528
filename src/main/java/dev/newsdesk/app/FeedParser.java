package dev.newsdesk.app;

import dev.newsdesk.core.item.ParsedFeed;
import dev.newsdesk.core.source.Source;

/** Turns a fetched body into entries: feeds of every common format, or HTML pages read with a source's selectors. */
public interface FeedParser {

    /**
     * @param body        the raw bytes as fetched
     * @param contentType the HTTP Content-Type (its charset is honoured), or null
     * @param baseUrl     the URL the body came from, for relative links
     * @param source      the source being read: its type and selectors decide how; null reads the body as a feed
     * @return the feed; never null
     * @throws FeedParseException with {@link FeedParseException#notAFeed()} true when the body is not a feed at all
     */
    ParsedFeed parse(byte[] body, String contentType, String baseUrl, Source source) throws FeedParseException;
}
