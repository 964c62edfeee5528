package dev.newsdesk.core.analysis.watch;

import dev.newsdesk.core.analysis.query.MatchDocument;
import dev.newsdesk.core.analysis.query.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds which watch terms an article mentions. Aliases match whole words (a multi-word alias as a phrase),
 * ignoring case and diacritics, except short upper-case aliases such as tickers ({@code ETH}, {@code NVDA},
 * {@code S&P}): those must appear exactly as written, so that "ETH" does not hit "eth" and "AI" does not hit "ai".
 * Built once per list (the defaults, or a chat's terms on demand); each check costs a few hash look-ups per alias.
 */
public final class WatchMatcher {
    /** Aliases of at most this many characters, without lower-case letters, are matched case-sensitively. */
    static final int SHORT_UPPER = 5;

    private record Alias(int term, List<String> words, List<String> raw, boolean exact) {
    }

    private final List<WatchTerm> terms;
    private final List<Alias> aliases = new ArrayList<>();

    /** A matcher for these terms, reported in this order. */
    public WatchMatcher(List<WatchTerm> terms) {
        this.terms = List.copyOf(terms);
        for (int i = 0; i < this.terms.size(); i++) {
            for (String a : this.terms.get(i).aliases()) {
                List<String> words = Tokenizer.words(a);
                if (!words.isEmpty()) {
                    aliases.add(new Alias(i, words, Tokenizer.rawWords(a), isTickerLike(a)));
                }
            }
        }
    }

    /** A matcher for terms written {@code Name|ALIAS}; see {@link WatchTerm#parse(String)} for what fails. */
    public static WatchMatcher of(List<String> specs) {
        return new WatchMatcher(specs.stream().map(WatchTerm::parse).toList());
    }

    /** The display names of the terms the document mentions, each once, in the order of the terms; empty if none. */
    public List<String> hits(MatchDocument document) {
        List<String> out = new ArrayList<>();
        int last = -1;
        for (Alias a : aliases) {
            if (a.term == last) {
                continue; // this term already hit through an earlier alias
            }
            boolean hit = a.exact ? document.containsExactly(a.words, a.raw) : document.contains(a.words, false, false);
            if (hit) {
                out.add(terms.get(a.term).name());
                last = a.term;
            }
        }
        return out;
    }

    /** The terms this matcher looks for. */
    public List<WatchTerm> terms() {
        return terms;
    }

    static boolean isTickerLike(String alias) {
        if (alias.length() > SHORT_UPPER) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
