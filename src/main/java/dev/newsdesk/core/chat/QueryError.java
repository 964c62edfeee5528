package dev.newsdesk.core.chat;

/** A malformed query: what is wrong and at which character (0-based) of the query. */
public final class QueryError extends Exception {
    private final int position;

    public QueryError(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The 0-based character position the problem was found at. */
    public int position() {
        return position;
    }
}
