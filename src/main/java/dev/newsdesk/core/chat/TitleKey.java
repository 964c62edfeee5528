package dev.newsdesk.core.chat;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised form of a headline, so that one story published by several outlets is recognised: case, accents,
 * punctuation and spacing do not count.
 */
public final class TitleKey {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private TitleKey() {
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case letters and digits separated by single spaces; empty for a title with neither. */
    public static String of(String title) {
        String t = title == null ? "" : title;
        // most headlines are ASCII: skip the (slow) Unicode decomposition for them
        if (!ascii(t)) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        }
        t = t.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
