package dev.newsdesk.core.analysis.impact;

/**
 * One sentence cut into lower-case words, numbers and clause breaks in a single pass (no regular expressions), so that
 * a sentence costs a few hundred nanoseconds and a hostile one stays linear. Apostrophes vanish ("didn't" → "didnt",
 * "company's" → "company"), hyphens split words ("loss-making" → "loss", "making"), "%" marks the number before it.
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    /** A clause break: , ; . ! ? and dashes between spaces. */
    static final byte BREAK = 2;
    /** An opening parenthesis or bracket: "EUR 5 mn (EUR 4 mn)" gives last year's figure. */
    static final byte OPEN = 3;

    final String[] words;
    final double[] values;
    final boolean[] percent;
    final byte[] kinds;
    int size;

    private Tokens(int capacity) {
        words = new String[capacity];
        values = new double[capacity];
        percent = new boolean[capacity];
        kinds = new byte[capacity];
    }

    /**
     * @param text      the sentence
     * @param maxChars  characters after this many are not read
     * @param maxTokens tokens after this many are dropped
     */
    static Tokens of(String text, int maxChars, int maxTokens) {
        int end = Math.min(text.length(), maxChars);
        Tokens t = new Tokens(Math.max(1, Math.min(maxTokens, end / 2 + 2)));
        StringBuilder word = new StringBuilder(24);
        int i = 0;
        while (i < end && t.size < t.kinds.length) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                word.setLength(0);
                while (i < end) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        word.append(Character.toLowerCase(d));
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                        // "company's" is the company; "didn't" stays one negating word
                        if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                                && (i + 2 >= end || !Character.isLetter(text.charAt(i + 2)))) {
                            i += 2;
                            break;
                        }
                    } else if (d == '&' && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                        word.append('&');  // S&P, AT&T
                    } else {
                        break;
                    }
                    i++;
                }
                t.add(WORD, word.toString(), 0);
                continue;
            }
            if (c >= '0' && c <= '9') {
                i = t.number(text, i, end);
                continue;
            }
            switch (c) {
                case '%' -> t.markPercent();
                case ',', ';', '!', '?', '\u2014', '\u2013' -> t.addBreak();
                case '.' -> {
                    // "U.S." and "Inc." are not the end of a clause
                    if (t.size == 0 || t.kinds[t.size - 1] != WORD || t.words[t.size - 1].length() > 3) {
                        t.addBreak();
                    }
                }
                case '-' -> {
                    // a dash between spaces breaks a clause; a hyphen inside a word only splits it
                    if (i > 0 && i + 1 < end && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                        t.addBreak();
                    }
                }
                case '(', '[' -> t.add(OPEN, null, 0);
                default -> { }
            }
            i++;
        }
        return t;
    }

    /** Reads 1,234.5 or 10,5 or 1.000.000 from position i and returns the position after it. */
    private int number(String text, int start, int end) {
        int i = start;
        int lastSep = -1;
        char sepChar = 0;
        int groupAfterLast = 0;
        boolean mixed = false;
        int seps = 0;
        double value;
        StringBuilder clean = new StringBuilder(16);
        while (i < end && clean.length() < 40) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                clean.append(c);
                groupAfterLast++;
            } else if ((c == '.' || c == ',') && i + 1 < end && Character.isDigit(text.charAt(i + 1))) {
                if (sepChar != 0 && sepChar != c) {
                    mixed = true;
                }
                sepChar = c;
                lastSep = clean.length();
                clean.append(c);
                seps++;
                groupAfterLast = 0;
            } else {
                break;
            }
            i++;
        }
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;  // absurdly long digit runs: the rest is skipped, not parsed
        }
        String s = clean.toString();
        String normal;
        if (lastSep < 0) {
            normal = s;
        } else if (mixed) {
            // the last separator is the decimal one: 1,234.5 or 1.234,5
            String intPart1 = s.substring(0, lastSep).replace(",", "").replace(".", "");
            normal = intPart1 + "." + s.substring(lastSep + 1);
        } else if (seps > 1 || groupAfterLast == 3 && sepChar == ',') {
            normal = s.replace(",", "").replace(".", "");  // 1,000,000 or 1.000.000 or 1,500
        } else {
            normal = s.replace(',', '.');  // 10,5 or 10.5
        }
        try {
            value = Double.parseDouble(normal);
        } catch (NumberFormatException e) {
            value = 0;  // cannot happen for digit strings; a zero is never compared
        }
        add(NUMBER, null, value);
        return i;
    }

    private void add(byte kind, String word, double value) {
        if (size < kinds.length) {
            kinds[size] = kind;
            words[size] = word;
            values[size] = value;
            size++;
        }
    }

    private void addBreak() {
        if (size > 0 && kinds[size - 1] != BREAK) {
            add(BREAK, null, 0);
        }
    }

    private void markPercent() {
        if (size > 0 && kinds[size - 1] == NUMBER) {
            percent[size - 1] = true;
        }
    }
}
