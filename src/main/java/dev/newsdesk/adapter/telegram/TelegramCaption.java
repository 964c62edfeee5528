package dev.newsdesk.adapter.telegram;

import java.util.List;

/**
 * Fits a picture's caption into Telegram's 1,024 characters: cut at a line break or space with an ellipsis, and for
 * HTML with {@link TelegramHtml}'s splitting, so no tag is left open and no entity or surrogate pair is cut. Counts HTML
 * characters, which is conservative: Telegram counts the text after entity parsing.
 */
final class TelegramCaption {
    /** Telegram's limit for a caption, in UTF-16 code units. */
    static final int LIMIT = 1024;
    private static final String MORE = "…";

    private TelegramCaption() {
    }

    /** The caption as it is when it fits, else its first part with {@code …} after it. */
    static String fit(String caption, String format) {
        if (caption.length() <= LIMIT) {
            return caption;
        }
        int room = LIMIT - MORE.length();
        if (format.equals("html")) {
            List<String> parts = TelegramHtml.splitHtml(caption, room);
            return parts.get(0) + MORE;
        }
        return caption.substring(0, TelegramHtml.cut(caption, room)).stripTrailing() + MORE;
    }
}
