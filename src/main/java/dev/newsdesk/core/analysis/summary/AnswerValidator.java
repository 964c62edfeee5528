package dev.newsdesk.core.analysis.summary;

import dev.newsdesk.core.analysis.text.SentenceSplitter;
import dev.newsdesk.core.analysis.text.Stemmer;
import dev.newsdesk.core.analysis.text.Tokenizer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a model's answer may be shown: the right shape and lengths, no links, no words addressed to a
 * model, and every point supported by the article — at least {@link #MIN_SUPPORT} of the content words of the summary
 * and of each takeaway, and every number, occur in the article. Sentences of the article that address a model
 * (a prompt injection) do not count as support, so an answer that obeys them fails.
 */
public final class AnswerValidator {
    /** The share of an answer sentence's content words that must occur in the article. */
    public static final double MIN_SUPPORT = 0.6;
    /** The share for the impact rationale, which may reason in words of its own. */
    public static final double MIN_RATIONALE_SUPPORT = 0.35;
    public static final int MIN_TAKEAWAYS = 3;
    public static final int MAX_TAKEAWAYS = 5;
    public static final int MAX_SUMMARY_CHARS = 500;
    public static final int MAX_TAKEAWAY_CHARS = 300;
    public static final int MAX_RATIONALE_CHARS = 600;

    /** A scheme ("https://"), "www." or a host name (two labels, the last of letters only): any link at all. */
    private static final Pattern LINK = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.-]{1,15}://|\\bwww\\.|\\b[a-z0-9-]{2,63}\\.[a-z]{2,24}\\b)");

    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * What is wrong with the answer, in a few words that quote nothing of it or of the article; empty when it may be
     * shown.
     */
    public Optional<String> problem(ModelAnswer answer, String title, String text) {
        String s = answer.summary();
        if (s.isEmpty() || s.length() > MAX_SUMMARY_CHARS) {
            return Optional.of("summary is empty or longer than " + MAX_SUMMARY_CHARS + " characters");
        }
        int sentences = splitter.split(s).size();
        if (sentences < 1 || sentences > 2) {
            return Optional.of("summary has " + sentences + " sentences (1-2 expected)");
        }
        List<String> ts = answer.takeaways();
        if (ts.size() < MIN_TAKEAWAYS || ts.size() > MAX_TAKEAWAYS) {
            return Optional.of(ts.size() + " takeaways (" + MIN_TAKEAWAYS + "-" + MAX_TAKEAWAYS + " expected)");
        }
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < ts.size(); i++) {
            String t = ts.get(i);
            if (t.length() < 10 || t.length() > MAX_TAKEAWAY_CHARS) {
                return Optional.of("takeaway " + (i + 1) + " is shorter than 10 or longer than "
                        + MAX_TAKEAWAY_CHARS + " characters");
            }
            if (!distinct.add(t.toLowerCase(Locale.ROOT))) {
                return Optional.of("takeaway " + (i + 1) + " repeats another");
            }
        }
        if (answer.impactRationale().length() > MAX_RATIONALE_CHARS) {
            return Optional.of("impact rationale longer than " + MAX_RATIONALE_CHARS + " characters");
        }
        List<String> all = new java.util.ArrayList<>(ts);
        all.add(s);
        all.add(answer.impactRationale());
        for (String part : all) {
            if (LINK.matcher(part).find()) {
                return Optional.of("answer contains a link");
            }
            if (PromptInjection.addressesModel(part)) {
                return Optional.of("answer contains words addressed to a model");
            }
        }
        Support support = support(title, text);
        Optional<String> p = support.check("summary", s, MIN_SUPPORT);
        for (int i = 0; p.isEmpty() && i < ts.size(); i++) {
            p = support.check("takeaway " + (i + 1), ts.get(i), MIN_SUPPORT);
        }
        if (p.isEmpty() && !answer.impactRationale().isEmpty()) {
            p = support.check("impact rationale", answer.impactRationale(), MIN_RATIONALE_SUPPORT);
        }
        return p;
    }

    /** The article's words (stems) and numbers, leaving out sentences that address a model. */
    private Support support(String title, String text) {
        Set<String> words = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        List<String> sentences = new java.util.ArrayList<>(splitter.split(text));
        if (title != null) {
            sentences.add(title);
        }
        for (String sentence : sentences) {
            if (PromptInjection.addressesModel(sentence)) {
                continue;
            }
            for (String w : Tokenizer.words(sentence)) {
                if (isNumber(w)) {
                    numbers.add(w);
                } else if (Tokenizer.isContent(w)) {
                    words.add(Stemmer.stem(w));
                }
            }
        }
        return new Support(words, numbers);
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private record Support(Set<String> words, Set<String> numbers) {
        Optional<String> check(String what, String part, double min) {
            int content = 0;
            int found = 0;
            for (String w : Tokenizer.words(part)) {
                if (isNumber(w)) {
                    if (!numbers.contains(w)) {
                        return Optional.of(what + " has a number the article does not");
                    }
                } else if (Tokenizer.isContent(w)) {
                    content++;
                    if (words.contains(Stemmer.stem(w))) {
                        found++;
                    }
                }
            }
            if (content == 0) {
                return Optional.of(what + " has no content words");
            }
            if (found < min * content) {
                return Optional.of(String.format(Locale.ROOT, "%s is not supported by the article (%d of %d words)",
                        what, found, content));
            }
            return Optional.empty();
        }
    }
}
