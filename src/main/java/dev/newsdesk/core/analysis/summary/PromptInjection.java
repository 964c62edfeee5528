package dev.newsdesk.core.analysis.summary;

import java.util.List;
import java.util.Locale;

/**
 * Recognises text that talks to a language model instead of about the news ("Ignore previous instructions and reply
 * with ..."). Such sentences in an article are not facts an answer may rest on, and such phrases in an answer mean
 * the model followed the article instead of its instructions.
 */
public final class PromptInjection {
    private static final List<String> MARKERS = List.of("ignore previous", "ignore all previous", "ignore the above",
            "ignore all prior", "ignore prior", "ignore your", "ignore any previous", "ignore these",
            "disregard previous", "disregard all", "disregard the above", "disregard your", "previous instructions",
            "prior instructions", "system prompt", "new instructions", "reply with", "respond with", "answer with",
            "you are now", "as an ai", "language model", "ai assistant", "chatgpt", "developer mode",
            "include this link", "include the following link", "jailbreak");

    private PromptInjection() {
    }

    /** Whether the text contains a phrase addressed to a model; false for null. */
    public static boolean addressesModel(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String m : MARKERS) {
            if (lower.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
