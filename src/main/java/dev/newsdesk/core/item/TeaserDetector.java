package dev.newsdesk.core.item;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a feed item's text is only a teaser, so that the full article is worth fetching and extracting.
 * Pure logic, thread-safe, no state.
 */
public final class TeaserDetector {

    /** Fewer words than this and the text is taken as a teaser whatever its ending. */
    static final int MIN_WORDS = 80;

    /** Endings feeds put after a cut: "Read more", "Continue reading", "[…]", "...", "(more…)" and the like. */
    private static final Pattern CUT_ENDING = Pattern.compile(
            "(?:read\\s+more|continue\\s+reading|read\\s+the\\s+(?:full|rest)|full\\s+(?:story|article)|"
                    + "appeared\\s+first\\s+on\\s+[^\\n]{1,200}|"
                    + "\\(more(?:…|\\.\\.\\.)?\\)|\\[(?:…|\\.\\.\\.|&hellip;)]|…|\\.\\.\\.|&hellip;|»|›|→)"
                    + "\\W{0,8}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TeaserDetector() {
    }

    /**
     * Whether the text looks like a teaser of a longer article: empty, fewer than {@value #MIN_WORDS} words, only a
     * repeat of the title, or ending with a cut marker ("Read more", "Continue reading", "[…]", "...").
     *
     * @param title the item title, may be null
     * @param text  the item text, may be null (a missing text is a teaser: there is nothing to read)
     * @return true when the full article should be fetched; false for a text that reads as the whole article
     */
    public static boolean isTeaser(String title, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        // only the tail matters for the ending; bound the regex work on huge texts
        String t = text.strip();
        String tail = t.length() > 400 ? t.substring(t.length() - 400) : t;
        if (CUT_ENDING.matcher(tail).find()) {
            return true;
        }
        if (title != null && t.length() <= 2 * title.length() + 20 && normal(t).equals(normal(title))) {
            return true;
        }
        return words(t) < MIN_WORDS;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int words(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && words < MIN_WORDS; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
