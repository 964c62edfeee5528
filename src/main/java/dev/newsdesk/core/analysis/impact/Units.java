package dev.newsdesk.core.analysis.impact;

/**
 * A sentence as lexicon units: each word or longest-matching phrase with its {@link Term} (or none), numbers with their
 * scale ("5 bn") and percent sign folded in, clause breaks and opening parentheses.
 */
final class Units {
    static final byte WORD = Tokens.WORD;
    static final byte NUMBER = Tokens.NUMBER;
    static final byte BREAK = Tokens.BREAK;
    static final byte OPEN = Tokens.OPEN;

    final byte[] kinds;
    /** The words of the unit ("net sales"), or null for numbers and breaks. */
    final String[] texts;
    /** The term of a word unit, or null when the lexicon does not know it. */
    final Term[] terms;
    final double[] values;
    final boolean[] percent;
    /** The number had a scale word ("mn", "billion") after it: an amount, not a year or a count. */
    final boolean[] scaled;
    int size;

    private Units(int capacity) {
        kinds = new byte[capacity];
        texts = new String[capacity];
        terms = new Term[capacity];
        values = new double[capacity];
        percent = new boolean[capacity];
        scaled = new boolean[capacity];
    }

    static Units read(Tokens t, Lexicon lexicon) {
        Units u = new Units(Math.max(1, t.size));
        StringBuilder key = new StringBuilder(48);
        int i = 0;
        while (i < t.size) {
            byte kind = t.kinds[i];
            if (kind != Tokens.WORD) {
                u.add(kind, null, null, t.values[i], t.percent[i]);
                i++;
                continue;
            }
            String w = t.words[i];
            int prev = u.size - 1;
            if (prev >= 0 && u.kinds[prev] == NUMBER) {
                // "5 percent", "5 per cent", "EUR 5 mn": the word belongs to the number
                if (w.equals("percent") || w.equals("pct") || w.equals("pc")) {
                    u.percent[prev] = true;
                    i++;
                    continue;
                }
                if (w.equals("per") && i + 1 < t.size && "cent".equals(t.words[i + 1])) {
                    u.percent[prev] = true;
                    i += 2;
                    continue;
                }
                Term scale = lexicon.get(w);
                if (scale != null && scale.scale() > 0 && !u.scaled[prev]) {
                    u.values[prev] *= scale.scale();
                    u.scaled[prev] = true;
                    i++;
                    continue;
                }
            }
            int span = 1;
            Term term = null;
            String text = w;
            if (lexicon.startsPhrase(w)) {
                key.setLength(0);
                key.append(w);
                int best = 0;
                for (int j = i + 1; j < t.size && j - i < Lexicon.MAX_PHRASE && t.kinds[j] == Tokens.WORD; j++) {
                    key.append(' ').append(t.words[j]);
                    Term p = lexicon.get(key.toString());
                    if (p != null) {
                        term = p;
                        best = j - i + 1;
                        text = key.toString();
                    }
                }
                span = Math.max(1, best);
            }
            if (term == null) {
                term = lexicon.get(w);
            }
            u.add(WORD, text, term, 0, false);
            i += span;
        }
        return u;
    }

    private void add(byte kind, String text, Term term, double value, boolean pct) {
        kinds[size] = kind;
        texts[size] = text;
        terms[size] = term;
        values[size] = value;
        percent[size] = pct;
        size++;
    }

    boolean isWord(int i, String w) {
        return kinds[i] == WORD && w.equals(texts[i]);
    }

    boolean isMetric(int i) {
        return kinds[i] == WORD && terms[i] != null && terms[i].metric() != 0;
    }
}
