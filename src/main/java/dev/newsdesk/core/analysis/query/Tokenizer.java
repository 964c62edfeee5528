package dev.newsdesk.core.analysis.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words the one way both queries and documents use, so that a query word and a document word
 * compare with {@code equals}: a word is a run of letters or a run of digits (combining marks stay inside it; "18bn"
 * is two words, "18" and "bn"), everything else separates words, and each word is lower-cased with its diacritics removed ("Zürich" becomes "zurich").
 * One pass over the text, no regular expressions: hostile text costs time linear in its length.
 */
public final class Tokenizer {
    /** Words longer than this are cut: nobody searches for them, and it bounds the cost of comparing two words. */
    static final int MAX_WORD = 64;

    private Tokenizer() {
    }

    /** The normalised words of the text, in order; empty for null or text without letters or digits. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        scan(text, (word, start, end) -> out.add(word));
        return out;
    }

    /** The words as written (case and diacritics kept), in the same order as {@link #words(String)}; empty for null. */
    public static List<String> rawWords(String text) {
        List<String> out = new ArrayList<>();
        scan(text, (word, start, end) -> out.add(text.substring(start, end)));
        return out;
    }

    /** Receives each word with its start and end offsets in the scanned text. */
    interface Sink {
        void word(String normalised, int start, int end);
    }

    static void scan(String text, Sink sink) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ascii = true;
            boolean digits = isDigit(cp);
            while (i < n) {
                cp = text.codePointAt(i);
                // A switch between digits and letters starts a new word: "£18bn" is "18" "bn", "G7" is "g" "7".
                if (!isWordChar(cp) || (isDigit(cp) != digits && !isMark(cp))) {
                    break;
                }
                ascii &= cp < 0x80;
                i += Character.charCount(cp);
            }
            sink.word(normalise(text, start, i, ascii), start, i);
        }
    }

    private static boolean isDigit(int cp) {
        return cp < 0x80 ? cp >= '0' && cp <= '9' : Character.isDigit(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String normalise(String text, int start, int end, boolean ascii) {
        int len = Math.min(end - start, MAX_WORD);
        if (ascii) {
            char[] c = new char[len];
            for (int k = 0; k < len; k++) {
                char ch = text.charAt(start + k);
                c[k] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
            }
            return new String(c);
        }
        // Rare path: decompose, drop the marks, lower-case. Locale.ROOT so that "I" is "i" on Turkish machines too.
        String decomposed = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); ) {
            int cp = decomposed.codePointAt(k);
            k += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                sb.appendCodePoint(cp);
            }
        }
        String folded = sb.toString().toLowerCase(Locale.ROOT);
        if (folded.isEmpty()) {
            folded = decomposed.toLowerCase(Locale.ROOT); // a word of marks only keeps its marks
        }
        if (folded.length() <= MAX_WORD) {
            return folded;
        }
        // Cut between code points, never inside a surrogate pair.
        int cut = Character.isHighSurrogate(folded.charAt(MAX_WORD - 1)) ? MAX_WORD - 1 : MAX_WORD;
        return folded.substring(0, cut);
    }
}
