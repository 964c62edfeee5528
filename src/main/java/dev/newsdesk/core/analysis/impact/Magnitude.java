package dev.newsdesk.core.analysis.impact;

/** How big the news is: from percentages, amounts and intensity words such as "record" or "plunge". */
public enum Magnitude {
    /** Small moves (under 3 %), hedged wording ("slightly"), or no cue of size at all. */
    LOW,
    /** Moves of 3 to 10 %, or amounts in the billions. */
    MEDIUM,
    /** Moves over 10 %, records, plunges, soaring, bankruptcy. */
    HIGH;

    /** The larger of the two. */
    public Magnitude max(Magnitude other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
