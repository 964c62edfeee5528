package dev.newsdesk.core.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English news text into sentences.
 *
 * <p>Blank lines (paragraphs) and bullet lines always split. Inside a paragraph a period, "?", "!" or an ellipsis ends
 * a sentence when white space and then a word that is not lower case follow; quotes and brackets right after the
 * mark stay with the sentence. A period does not end a sentence inside a number (3.5) or a name (example.com), after
 * a title (Mr., Dr., Gen.), after an initial (J. R. R. Tolkien), before a number after "No." or a month (No. 1,
 * Jan. 5), or after an abbreviation (Inc., U.S., e.g.) unless the next word is a usual first word of a sentence
 * ("... in the U.S. The company"). A single line break splits when the line before ends like a caption or heading
 * (no closing mark, last word not a function word) and the next line starts with a capital.
 *
 * <p>One pass over the text with bounded look-back and look-ahead, so the work is linear in the length; the text is
 * cut at {@link #MAX_TEXT_CHARS} and a sentence longer than {@link #MAX_SENTENCE_CHARS} is broken at white space.
 * Each sentence comes back trimmed with its white space collapsed to single spaces. Thread-safe.
 */
public final class SentenceSplitter {
    /** Text past this many characters is ignored. */
    public static final int MAX_TEXT_CHARS = 200_000;
    /** A sentence longer than this is broken at the last white space before it. */
    public static final int MAX_SENTENCE_CHARS = 1_500;

    private static final int LOOK = 40;

    /** Titles before a name: a period after them never ends a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "det", "insp", "fr", "st", "mt",
            "ft", "messrs", "mme", "mlle", "e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "esp", "incl", "dept",
            "univ", "assn", "ave", "blvd", "rd", "cpl", "pvt", "maj", "brig", "atty", "gens", "reps", "sens");
    /** Abbreviations before a number: "No. 1", "Fig. 3", "Jan. 5". */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "art", "fig", "figs", "vol", "vols", "pp",
            "p", "sec", "ch", "op", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "pt", "para", "ed");
    /** Abbreviations that may also end a sentence ("... shares of Apple Inc. The company"). */
    private static final Set<String> MAY_END = Set.of("inc", "ltd", "co", "corp", "llc", "plc", "bros", "etc", "al",
            "jr", "sr", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "l.a", "n.y", "est", "min", "max", "govt",
            "intl", "mfg", "mln", "bln", "pct", "cos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    /** The sentences of {@code text} in order; empty for null or blank text, never containing a blank sentence. */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String t = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        StringBuilder para = new StringBuilder();
        String prevLine = null;
        int n = t.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            String line = t.substring(lineStart, lineEnd).strip();
            lineStart = lineEnd + 1;
            if (line.isEmpty()) {
                flush(para, out);
                prevLine = null;
            } else {
                int body = bulletBody(line);
                if (body > 0) {
                    flush(para, out);
                    para.append(line, body, line.length());
                    flush(para, out);
                    prevLine = null;
                } else {
                    if (prevLine != null && breaksAfter(prevLine, line)) {
                        flush(para, out);
                    }
                    if (para.length() > 0) {
                        para.append(' ');
                    }
                    para.append(line);
                    prevLine = line;
                }
            }
            if (nl < 0) {
                break;
            }
        }
        flush(para, out);
        return out;
    }

    /** Splits the paragraph into sentences, adds them, and empties it. */
    private void flush(StringBuilder para, List<String> out) {
        if (para.length() == 0) {
            return;
        }
        String p = para.toString();
        para.setLength(0);
        int n = p.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isTerminal(p.charAt(j))) {
                j++;
            }
            int marksEnd = j;
            while (j < n && isCloser(p.charAt(j))) {
                j++;
            }
            if (j < n && !isSpace(p.charAt(j))) {
                i = j; // 3.5, example.com, U.S.-led: not the end of anything
                continue;
            }
            if (j >= n || endsSentence(p, start, i, marksEnd, j)) {
                emit(p, start, j, out);
                start = j;
            }
            i = j;
        }
        emit(p, start, n, out);
    }

    private static boolean endsSentence(String p, int start, int markAt, int marksEnd, int after) {
        int n = p.length();
        int k = after;
        while (k < n && (isSpace(p.charAt(k)) || isOpener(p.charAt(k)))) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        char next = p.charAt(k);
        if (Character.isLowerCase(next)) {
            return false; // "e.g. the", "Yahoo! said", "3 p.m. yesterday", "Really?" she asked
        }
        boolean singlePeriod = marksEnd - markAt == 1 && p.charAt(markAt) == '.';
        if (!singlePeriod || after > marksEnd) {
            return true; // "?!", "...", or a quote/bracket closed after the period
        }
        String word = wordBefore(p, start, markAt);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String nextWord = wordAt(p, k);
        boolean starter = StopWords.contains(nextWord.toLowerCase(Locale.ROOT)) && !nextWord.isEmpty();
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return starter; // an initial, unless a sentence plainly starts: "vitamin C. It"
        }
        if (TITLES.contains(lower)) {
            return false;
        }
        if (BEFORE_NUMBER.contains(lower) && Character.isDigit(next)) {
            return false;
        }
        if (MAY_END.contains(lower) || isDotted(word)) {
            return starter;
        }
        return true;
    }

    /** The word that ends at {@code end} (exclusive), without opening quotes or brackets; at most {@value #LOOK} chars. */
    private static String wordBefore(String p, int start, int end) {
        int b = end;
        int limit = Math.max(start, end - LOOK);
        while (b > limit && !isSpace(p.charAt(b - 1))) {
            b--;
        }
        while (b < end && isOpener(p.charAt(b))) {
            b++;
        }
        return p.substring(b, end);
    }

    private static String wordAt(String p, int k) {
        int e = k;
        int limit = Math.min(p.length(), k + LOOK);
        while (e < limit && Character.isLetter(p.charAt(e))) {
            e++;
        }
        return p.substring(k, e);
    }

    /** "U.S", "J.R.R", "a.m": letters with inner periods. */
    private static boolean isDotted(String w) {
        boolean dot = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '.') {
                dot = true;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        return dot;
    }

    /**
     * Whether a single line break between these lines ends a sentence: the line before looks like a heading or a
     * caption (no closing mark, not cut after a comma or a function word) and the next one starts with a capital.
     */
    private static boolean breaksAfter(String prev, String next) {
        char first = next.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first))) {
            return false;
        }
        char last = prev.charAt(prev.length() - 1);
        if (isTerminal(last) || isCloser(last) || ",;:-–—(&/".indexOf(last) >= 0) {
            return false; // the usual rules decide after a closing mark; the rest are cut mid-sentence
        }
        int b = prev.length();
        while (b > 0 && Character.isLetterOrDigit(prev.charAt(b - 1)) && prev.length() - b < LOOK) {
            b--;
        }
        String lastWord = prev.substring(b).toLowerCase(Locale.ROOT);
        return !StopWords.contains(lastWord);
    }

    /** Where the text of a bullet line starts ("- x", "* x", "• x", "1. x", "2) x"), or 0 when it is not one. */
    private static int bulletBody(String line) {
        char c = line.charAt(0);
        if ("-*•·▪‣◦–—".indexOf(c) >= 0) {
            return line.length() > 1 && Character.isWhitespace(line.charAt(1)) ? skipSpace(line, 1) : 0;
        }
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && Character.isWhitespace(line.charAt(i + 1))) {
            return skipSpace(line, i + 1);
        }
        return 0;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() ? i : 0;
    }

    /** Adds p[from, to) trimmed and collapsed, broken into pieces of at most MAX_SENTENCE_CHARS; skips no-word text. */
    private static void emit(String p, int from, int to, List<String> out) {
        while (from < to && isSpace(p.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(p.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        if (to - from <= MAX_SENTENCE_CHARS) {
            // the usual case: single spaces only, so the slice is the sentence
            boolean clean = true;
            boolean word = false;
            char prev = 'x';
            for (int i = from; i < to && clean; i++) {
                char c = p.charAt(i);
                clean = c == ' ' ? prev != ' ' : !isSpace(c);
                word |= c < 128 ? (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                        : Character.isLetterOrDigit(c);
                prev = c;
            }
            if (clean) {
                if (word) {
                    out.add(p.substring(from, to));
                }
                return;
            }
        }
        emitSlow(p, from, to, out);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c < 128 ? c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f
                : Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static void emitSlow(String p, int from, int to, List<String> out) {
        StringBuilder sb = new StringBuilder(Math.min(to - from, MAX_SENTENCE_CHARS));
        boolean space = false;
        boolean word = false;
        for (int i = from; i < to; i++) {
            char c = p.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                if (sb.length() + 1 + runLength(p, i, to) > MAX_SENTENCE_CHARS && word) {
                    out.add(sb.toString());
                    sb.setLength(0);
                    word = false;
                } else {
                    sb.append(' ');
                }
                space = false;
            }
            if (sb.length() >= MAX_SENTENCE_CHARS) {
                out.add(sb.toString()); // one "word" past the cap: cut it
                sb.setLength(0);
                word = false;
            }
            sb.append(c);
            word |= Character.isLetterOrDigit(c);
        }
        if (word) {
            out.add(sb.toString());
        }
    }

    /** Length of the run of non-space characters at i, counted up to MAX_SENTENCE_CHARS + 1 (bounded work). */
    private static int runLength(String p, int i, int to) {
        int e = i;
        int limit = Math.min(to, i + MAX_SENTENCE_CHARS + 1);
        while (e < limit && !isSpace(p.charAt(e))) {
            e++;
        }
        return e - i;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '›';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '‹';
    }
}
