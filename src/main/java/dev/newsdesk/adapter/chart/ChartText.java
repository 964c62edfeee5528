package dev.newsdesk.adapter.chart;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The words on a chart: names from chat members are hostile (any length, control and bidi characters), so each is
 * cleaned to one short line; days read as people say them ({@code Mon 23}).
 */
final class ChartText {
    /** Windows longer than this label days with their month, since "Tue 1" could be any of three. */
    static final int WEEKDAY_LABELS_UP_TO = 14;

    private ChartText() {
    }

    /**
     * Day labels for a window of {@code days} days whose midnights are given in {@code zone}: {@code Mon 23} (weekday
     * and day of the month, in English like the bot's other replies) up to two weeks, {@code 23 Nov} beyond.
     */
    static DateFormat dayFormat(int days, TimeZone zone) {
        SimpleDateFormat f = new SimpleDateFormat(days <= WEEKDAY_LABELS_UP_TO ? "EEE d" : "d MMM", Locale.ENGLISH);
        f.setTimeZone(zone);
        return f;
    }

    /**
     * A legend entry: the name, then its total. Left-to-right marks around the name keep the entry's direction
     * left-to-right and the total after the name when the name is Hebrew or Arabic (else the bidi algorithm would
     * take the entry as right-to-left, or pull the number to the name's side).
     */
    static String legend(String name, long total) {
        return "\u200E" + name + "\u200E · " + total;
    }

    /**
     * One line of at most {@code max} code points: controls, bidi overrides and invisible format characters removed
     * (a name must not reorder the legend around it), runs of white space folded, an ellipsis where it was cut, and
     * {@code fallback} when nothing visible is left.
     */
    static String line(String text, int max, String fallback) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 2 * max + 2));
        boolean space = false;
        int kept = 0;
        // reads no further than needed: a name may be megabytes long
        for (int i = 0; i < text.length() && kept <= max;) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = b.length() > 0;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                continue;
            }
            if (space) {
                b.append(' ');
                kept++;
                space = false;
            }
            b.appendCodePoint(cp);
            kept++;
        }
        if (kept > max) {
            b.setLength(b.offsetByCodePoints(0, max - 1));
            return b.toString().stripTrailing() + "…";
        }
        return b.length() == 0 ? fallback : b.toString();
    }
}
