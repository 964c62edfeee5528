package dev.newsdesk.core.analysis.summary;

import dev.newsdesk.core.analysis.text.Stemmer;
import dev.newsdesk.core.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's sentences with what the summariser measures on them: their words, their content terms (stemmed, as
 * sorted unique ids), how many sentences share each term, and the title's terms.
 */
final class Article {
    private final List<String> sentences;
    private final List<List<String>> words;
    private final int[][] terms;
    private final int[] sentenceFreq;
    private final boolean[] inTitle;
    private final int titleTerms;

    private Article(List<String> sentences, List<List<String>> words, int[][] terms, int[] sentenceFreq,
                    boolean[] inTitle, int titleTerms) {
        this.sentences = sentences;
        this.words = words;
        this.terms = terms;
        this.sentenceFreq = sentenceFreq;
        this.inTitle = inTitle;
        this.titleTerms = titleTerms;
    }

    static Article of(List<String> allSentences, String title, int max) {
        List<String> sentences = allSentences.size() > max ? allSentences.subList(0, max) : allSentences;
        Map<String, Integer> ids = new HashMap<>();
        // each distinct word is checked and stemmed once: word -> term id, or -1 for a stop word
        Map<String, Integer> seen = new HashMap<>();
        List<List<String>> words = new ArrayList<>(sentences.size());
        int[][] terms = new int[sentences.size()][];
        int[] buf = new int[64];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> w = Tokenizer.words(sentences.get(s));
            words.add(w);
            int k = 0;
            for (String word : w) {
                Integer id = seen.get(word);
                if (id == null) {
                    id = Tokenizer.isContent(word) ? termId(ids, Stemmer.stem(word)) : -1;
                    seen.put(word, id);
                }
                if (id >= 0) {
                    if (k == buf.length) {
                        buf = Arrays.copyOf(buf, k * 2);
                    }
                    buf[k++] = id;
                }
            }
            terms[s] = unique(buf, k);
        }
        int[] sf = new int[ids.size()];
        for (int[] t : terms) {
            for (int id : t) {
                sf[id]++;
            }
        }
        boolean[] inTitle = new boolean[ids.size()];
        int titleTerms = 0;
        if (title != null) {
            for (String t : Tokenizer.contentWords(title)) {
                Integer id = ids.get(t);
                titleTerms++;
                if (id != null) {
                    inTitle[id] = true;
                }
            }
        }
        return new Article(List.copyOf(sentences), words, terms, sf, inTitle, titleTerms);
    }

    private static int termId(Map<String, Integer> ids, String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = ids.size();
            ids.put(term, id);
        }
        return id;
    }

    private static int[] unique(int[] buf, int k) {
        int[] t = Arrays.copyOf(buf, k);
        Arrays.sort(t);
        int u = 0;
        for (int i = 0; i < k; i++) {
            if (u == 0 || t[u - 1] != t[i]) {
                t[u++] = t[i];
            }
        }
        return Arrays.copyOf(t, u);
    }

    int size() {
        return sentences.size();
    }

    String sentence(int i) {
        return sentences.get(i);
    }

    /** The sentences at these indices, in document order. */
    List<String> sentences(int[] indices) {
        int[] sorted = indices.clone();
        Arrays.sort(sorted);
        List<String> out = new ArrayList<>(sorted.length);
        for (int i : sorted) {
            out.add(sentences.get(i));
        }
        return out;
    }

    List<String> words(int i) {
        return words.get(i);
    }

    int wordCount(int i) {
        return words.get(i).size();
    }

    /**
     * For each sentence, how much it shares with the others: the sum over its terms of the number of other sentences
     * containing them, divided by the square root of its term count (so long sentences do not win by length alone),
     * scaled so that the most central sentence has 1. All zeros when no term is shared.
     */
    double[] centrality() {
        double[] c = new double[terms.length];
        double max = 0;
        for (int s = 0; s < terms.length; s++) {
            int[] t = terms[s];
            if (t.length == 0) {
                continue;
            }
            double sum = 0;
            for (int id : t) {
                sum += sentenceFreq[id] - 1;
            }
            c[s] = sum / Math.sqrt(t.length);
            max = Math.max(max, c[s]);
        }
        if (max > 0) {
            for (int s = 0; s < c.length; s++) {
                c[s] /= max;
            }
        }
        return c;
    }

    /** The share of the title's content words the sentence contains; 0 without a title. */
    double titleOverlap(int i) {
        if (titleTerms == 0) {
            return 0;
        }
        int hit = 0;
        for (int id : terms[i]) {
            if (inTitle[id]) {
                hit++;
            }
        }
        return Math.min(1.0, (double) hit / titleTerms);
    }

    /** Cosine of the two sentences' term sets, 0 when either has none. */
    double similarity(int a, int b) {
        int[] x = terms[a];
        int[] y = terms[b];
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / Math.sqrt((double) x.length * y.length);
    }

    /**
     * 1 for a well-formed sentence; less for what readers skip: fragments and captions (no closing mark, very
     * short, starting in lower case), very long run-ons and questions.
     */
    double quality(int i) {
        String s = sentences.get(i);
        int w = wordCount(i);
        double q = 1;
        if (w < 5) {
            q *= 0.2;
        } else if (w < 8) {
            q *= 0.6;
        } else if (w > 55) {
            q *= 0.8;
        }
        char last = s.charAt(s.length() - 1);
        int k = s.length() - 1;
        while (k > 0 && "\"'”’)]»".indexOf(last) >= 0) {
            last = s.charAt(--k);
        }
        if (last != '.' && last != '!' && last != '…') {
            q *= last == '?' ? 0.7 : 0.5;
        }
        if (Character.isLowerCase(s.charAt(0))) {
            q *= 0.7;
        }
        return q;
    }
}
