package dev.newsdesk.core.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a text: runs of letters and digits, lower-cased character by character, everything else a separator. One pass,
 * no regular expressions; a word longer than {@link #MAX_WORD_CHARS} is cut there so that a hostile run of letters
 * cannot make one huge token.
 */
public final class Tokenizer {
    /** The longest word kept; longer runs are cut (the rest of the run is skipped). */
    public static final int MAX_WORD_CHARS = 40;

    /** For each ASCII character its lower-case form when it is a letter or digit, else 0: no calls per character. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_LOWER[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LOWER[c] = c;
            ASCII_LOWER[c - 'a' + 'A'] = c;
        }
    }

    private Tokenizer() {
    }

    /** The lower-case words of {@code text} in order; empty for null or a text without letters and digits. */
    public static List<String> words(CharSequence text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        char[] buf = new char[MAX_WORD_CHARS];
        int len = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            char lower;
            if (c < 128) {
                lower = ASCII_LOWER[c];
            } else {
                lower = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            }
            if (lower != 0) {
                if (len < MAX_WORD_CHARS) {
                    buf[len++] = lower;
                }
                inWord = true;
            } else if (inWord) {
                out.add(new String(buf, 0, len));
                len = 0;
                inWord = false;
            }
        }
        return out;
    }

    /**
     * The words that carry meaning: lower-case, not stop words, at least two characters, stemmed with
     * {@link Stemmer}. Empty when the text has none.
     */
    public static List<String> contentWords(CharSequence text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (isContent(w)) {
                out.add(Stemmer.stem(w));
            }
        }
        return out;
    }

    /** Whether a lower-case word (as {@link #words} returns it) counts as a content word. */
    public static boolean isContent(String lowerCaseWord) {
        return lowerCaseWord.length() >= 2 && !StopWords.contains(lowerCaseWord);
    }
}
