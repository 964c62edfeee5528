package dev.newsdesk.core.analysis.query;

/**
 * A query that cannot be parsed. The message says what is wrong and where, e.g. {@code unbalanced ')' at 17}, so
 * that a chat reply can quote it as it is.
 */
public final class QueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int position;

    /**
     * @param problem  what is wrong, without the position
     * @param position 0-based character offset in the query where the problem was found, or -1 for the whole query
     */
    public QueryException(String problem, int position) {
        super(position < 0 ? problem : problem + " at " + position);
        this.problem = problem;
        this.position = position;
    }

    /** What is wrong, without the position ({@code unbalanced ')'}). */
    public String problem() {
        return problem;
    }

    /** The 0-based character offset of the problem in the query, or -1 when it concerns the whole query. */
    public int position() {
        return position;
    }
}
