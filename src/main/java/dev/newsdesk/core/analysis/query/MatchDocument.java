package dev.newsdesk.core.analysis.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One article tokenised once, so that every topic query, subscription and watch term is checked against it with
 * hash look-ups instead of re-reading the text. Title words come first, then one empty slot so that no phrase spans
 * the title and the text, then the text words. Each word knows the next position of the same word, which gives the
 * positions of a phrase's first word without a list per word.
 *
 * <p>Immutable once built and safe to share between threads.
 */
public final class MatchDocument {
    private final String title;
    private final String text;
    private final String sourceId;
    private final String sourceName;
    /** Normalised words; null in the separator slot between title and text. */
    private final String[] words;
    /** Start and end offsets of each word in the title (positions below titleLength) or the text. */
    private final int[] starts;
    private final int[] ends;
    /** Position of the next occurrence of the same word, or -1. */
    private final int[] next;
    private final int titleLength;
    /** Open-addressing hash table from each distinct word to its first position (no boxing, one probe usually). */
    private final String[] slots;
    private final int[] slotFirst;
    /** The distinct words, in order of first occurrence. */
    private final String[] distinct;
    /**
     * One key per distinct word: its first three characters in the high 48 bits, its index in {@link #distinct} in
     * the low 16, sorted. Sorting longs is several times cheaper than sorting strings, and a prefix look-up is a
     * binary search for the range of its first three characters followed by a short scan.
     */
    private final long[] prefixKeys;

    private MatchDocument(String title, String text, String sourceId, String sourceName) {
        this.title = title;
        this.text = text;
        this.sourceId = collapse(sourceId);
        this.sourceName = collapse(sourceName);
        Collector c = new Collector(Math.max(16, (title.length() + text.length()) / 5));
        Tokenizer.scan(title, c);
        this.titleLength = c.size;
        c.add(null, 0, 0);
        Tokenizer.scan(text, c);
        int n = c.size;
        this.words = Arrays.copyOf(c.words, n);
        this.starts = Arrays.copyOf(c.starts, n);
        this.ends = Arrays.copyOf(c.ends, n);
        this.next = new int[n];
        int capacity = Integer.highestOneBit(Math.max(8, n) * 2 - 1) << 1;
        this.slots = new String[capacity];
        this.slotFirst = new int[capacity];
        String[] seen = new String[Math.max(1, n)];
        int distinctCount = 0;
        // Backwards, so that each word's slot ends at its first position and next[] links forward.
        for (int p = n - 1; p >= 0; p--) {
            String w = words[p];
            next[p] = -1;
            if (w == null) {
                continue;
            }
            int slot = slotOf(w);
            if (slots[slot] == null) {
                slots[slot] = w;
                seen[distinctCount++] = w;
            } else {
                next[p] = slotFirst[slot];
            }
            slotFirst[slot] = p;
        }
        this.distinct = Arrays.copyOf(seen, distinctCount);
        int indexed = Math.min(distinctCount, MAX_INDEXED);
        this.prefixKeys = new long[indexed];
        for (int i = 0; i < indexed; i++) {
            prefixKeys[i] = key(distinct[i], 0) | i;
        }
        Arrays.sort(prefixKeys);
    }

    /** Distinct words beyond this many (a book, not an article) are left out of prefix look-ups. */
    private static final int MAX_INDEXED = 0xFFFF;

    /** The first three characters of a word in the high 48 bits, padded with {@code pad} (0 or 0xFFFF). */
    private static long key(String w, int pad) {
        long k = 0;
        for (int i = 0; i < 3; i++) {
            k = (k << 16) | (i < w.length() ? w.charAt(i) : pad);
        }
        return k << 16;
    }

    /** The slot holding the word, or the empty slot where it would go. */
    private int slotOf(String w) {
        int mask = slots.length - 1;
        int h = w.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (slots[i] != null && !slots[i].equals(w)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The first position of the word, or -1. */
    private int firstOf(String w) {
        int slot = slotOf(w);
        return slots[slot] == null ? -1 : slotFirst[slot];
    }

    /**
     * Tokenises an article. Null arguments count as empty strings.
     *
     * @param title      the headline (the only part that {@code title:} terms look at)
     * @param text       the body or summary
     * @param sourceId   the source's configured id, for {@code source:}
     * @param sourceName the source's display name, also accepted by {@code source:}
     */
    public static MatchDocument of(String title, String text, String sourceId, String sourceName) {
        return new MatchDocument(orEmpty(title), orEmpty(text), orEmpty(sourceId), orEmpty(sourceName));
    }

    /** The number of words in title and text together. */
    public int wordCount() {
        return words.length - 1;
    }

    /**
     * Whether the normalised words occur one after another, in the title or (unless {@code titleOnly}) in the text.
     * With {@code prefix}, the last word only has to start the document's word. False for an empty list.
     */
    public boolean contains(List<String> phrase, boolean prefix, boolean titleOnly) {
        int k = phrase.size();
        if (k == 0) {
            return false;
        }
        if (k == 1) {
            return prefix ? containsPrefix(phrase.get(0), titleOnly) : containsWord(phrase.get(0), titleOnly);
        }
        for (int p = firstOf(phrase.get(0)); p >= 0; p = next[p]) {
            if (titleOnly && p + k > titleLength) {
                return false;
            }
            if (phraseAt(p, phrase, prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words occur one after another with exactly this spelling, case included ("ETH" but not "eth").
     * The raw words are compared with the document's text as written, so diacritics count too. False for an
     * empty list.
     */
    public boolean containsExactly(List<String> normalised, List<String> raw) {
        int k = normalised.size();
        if (k == 0 || raw.size() != k) {
            return false;
        }
        for (int p = firstOf(normalised.get(0)); p >= 0; p = next[p]) {
            if (phraseAt(p, normalised, false) && rawAt(p, raw)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code source:value} holds: the value equals the source id or its name, ignoring case. */
    public boolean isFrom(String value) {
        String v = collapse(value);
        return !v.isEmpty() && (v.equals(sourceId) || v.equals(sourceName));
    }

    private boolean containsWord(String word, boolean titleOnly) {
        int p = firstOf(word);
        // The first occurrence is the smallest position, and title words come first.
        return p >= 0 && (!titleOnly || p < titleLength);
    }

    private boolean containsPrefix(String prefix, boolean titleOnly) {
        if (titleOnly) {
            for (int p = 0; p < titleLength; p++) {
                if (words[p].startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
        long low = key(prefix, 0);
        long high = key(prefix, 0xFFFF) | 0xFFFF;
        int i = Arrays.binarySearch(prefixKeys, low);
        for (i = i < 0 ? -i - 1 : i; i < prefixKeys.length && prefixKeys[i] <= high; i++) {
            if (distinct[(int) (prefixKeys[i] & 0xFFFF)].startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean phraseAt(int p, List<String> phrase, boolean prefix) {
        int k = phrase.size();
        if (p + k > words.length) {
            return false;
        }
        for (int i = 1; i < k; i++) {
            String w = words[p + i];
            if (w == null) {
                return false;
            }
            boolean last = i == k - 1;
            if (!(last && prefix ? w.startsWith(phrase.get(i)) : w.equals(phrase.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private boolean rawAt(int p, List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            int q = p + i;
            String source = q < titleLength ? title : text;
            String r = raw.get(i);
            if (ends[q] - starts[q] != r.length() || !source.regionMatches(starts[q], r, 0, r.length())) {
                return false;
            }
        }
        return true;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String collapse(String s) {
        return s == null ? "" : QueryParser.collapse(s).toLowerCase(Locale.ROOT);
    }

    /** Grows parallel arrays while the tokenizer runs. */
    private static final class Collector implements Tokenizer.Sink {
        String[] words;
        int[] starts;
        int[] ends;
        int size;

        Collector(int capacity) {
            words = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        @Override
        public void word(String normalised, int start, int end) {
            add(normalised, start, end);
        }

        void add(String w, int start, int end) {
            if (size == words.length) {
                int cap = size * 2;
                words = Arrays.copyOf(words, cap);
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
            }
            words[size] = w;
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    @Override
    public String toString() {
        return "MatchDocument[" + wordCount() + " words, title=" + titleLength + ", source=" + sourceId + "]";
    }
}
