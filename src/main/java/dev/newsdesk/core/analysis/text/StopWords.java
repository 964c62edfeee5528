package dev.newsdesk.core.analysis.text;

import java.util.Set;

/**
 * English function words that carry no topic: articles, pronouns, auxiliaries, prepositions, conjunctions and a few
 * reporting verbs ("said") that news uses in every other sentence. Lower-case only.
 */
public final class StopWords {
    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "like",
            "many", "may", "me", "meanwhile", "might", "more", "most", "much", "must", "my", "myself", "new", "no",
            "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "per", "said", "same", "says", "say", "she", "should", "since", "so",
            "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
            "there", "these", "they", "this", "those", "though", "through", "to", "too", "told", "two", "under",
            "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
            "your", "yours", "yourself", "yourselves", "s", "t", "mr", "mrs", "ms", "according", "another",
            "around", "back", "get", "got", "made", "make", "way", "well", "year", "years", "time", "first");

    private StopWords() {
    }

    /** Whether the lower-case word is a stop word; false for null and for any word with an upper-case letter. */
    public static boolean contains(String lowerCaseWord) {
        return lowerCaseWord != null && WORDS.contains(lowerCaseWord);
    }
}
