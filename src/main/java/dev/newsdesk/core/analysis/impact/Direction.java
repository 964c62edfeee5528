package dev.newsdesk.core.analysis.impact;

import java.util.Locale;

/** Which way a piece of news moves a holder's position, from an investor's point of view. */
public enum Direction {
    /** Good news for holders: earnings up, contract won, losses narrowed. */
    POSITIVE,
    /** Bad news for holders: profit down, layoffs, bankruptcy, sanctions. */
    NEGATIVE,
    /** Nothing an investor would act on: descriptions, corporate structure, balanced news. */
    NEUTRAL;

    /** The lower-case label used on the command line: {@code positive}, {@code negative} or {@code neutral}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
