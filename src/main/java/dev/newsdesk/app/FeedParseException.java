package dev.newsdesk.app;

/** A body that could not be read as a feed. {@link #notAFeed()} separates "this is not a feed" from "broken feed". */
public class FeedParseException extends Exception {
    private final boolean notAFeed;

    public FeedParseException(String message, boolean notAFeed, Throwable cause) {
        super(message, cause);
        this.notAFeed = notAFeed;
    }

    public FeedParseException(String message, boolean notAFeed) {
        this(message, notAFeed, null);
    }

    /** True when the body is not a feed at all (HTML page, random bytes, empty), false when a feed is broken. */
    public boolean notAFeed() {
        return notAFeed;
    }
}
