package dev.newsdesk.core.analysis.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How strongly a sentence looks ahead: words and phrases of plans, schedules, expectations and possibilities
 * ("expected to", "will decide", "next week", "could"). Works on the lower-case words of a sentence, one pass.
 */
final class ForwardCues {
    /** Plans, schedules and what people are told to look out for. */
    private static final String[] STRONG = {"watch", "watching", "monitor", "monitoring", "expected to",
        "expects to", "expect to", "is set to", "are set to", "was set to", "will decide", "will vote", "to decide",
        "plans to", "planning to", "plan to", "scheduled", "deadline", "next week", "next month", "next year",
        "next quarter", "later this", "upcoming", "outlook", "forecast", "forecasts", "likely to", "poised to",
        "on track to", "is due", "are due", "due to be", "in the coming", "coming weeks", "coming months",
        "coming days", "awaiting", "awaits", "pending", "remains to be seen", "will announce", "will meet",
        "will hold", "will be", "set to be", "hearing", "verdict", "vote on", "decision on", "talks on"};
    /** Intentions and the plain future. */
    private static final String[] MEDIUM = {"will", "going to", "aims to", "aim to", "intends to", "intend to",
        "would", "hopes to", "hope to", "seeks to", "seek to", "wants to", "want to"};
    /** Possibilities. */
    private static final String[] WEAK = {"could", "may", "might", "should", "potential", "potentially",
        "possible", "possibly", "risk"};

    private static final Map<String, List<Cue>> BY_FIRST_WORD = new HashMap<>();

    private record Cue(String[] words, int weight) {
    }

    static {
        add(STRONG, 3);
        add(MEDIUM, 2);
        add(WEAK, 1);
    }

    private static void add(String[] phrases, int weight) {
        for (String p : phrases) {
            String[] w = p.split(" ");
            BY_FIRST_WORD.computeIfAbsent(w[0], k -> new java.util.ArrayList<>()).add(new Cue(w, weight));
        }
    }

    private ForwardCues() {
    }

    /**
     * The strongest cue's weight (3 plans and schedules, 2 intentions and "will", 1 possibilities) plus a little for
     * each further cue; 0 when the sentence does not look ahead.
     */
    static double score(List<String> lowerWords) {
        int best = 0;
        int count = 0;
        for (int i = 0; i < lowerWords.size(); i++) {
            List<Cue> cues = BY_FIRST_WORD.get(lowerWords.get(i));
            if (cues == null) {
                continue;
            }
            int here = 0;
            for (Cue c : cues) {
                if (matches(lowerWords, i, c.words())) {
                    here = Math.max(here, c.weight());
                }
            }
            if (here > 0) {
                count++;
                best = Math.max(best, here);
            }
        }
        return best == 0 ? 0 : best + 0.25 * Math.min(count - 1, 4);
    }

    private static boolean matches(List<String> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!words.get(at + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
