package dev.newsdesk.adapter.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What people wrote to the bot, from Slack's markup to the command text that {@code ChatService} reads. */
final class SlackText {
    /** Longer input is cut: no command needs more (queries stop at 4,000 characters). */
    static final int MAX_INPUT = 8000;
    private static final Pattern MARKUP = Pattern.compile("<([^<>]{1,2048})>");

    private SlackText() {
    }

    /**
     * Slack's markup as plain text: {@code <https://x|label>} and {@code <https://x>} become the URL (commands take
     * URLs), {@code <#C1|name>} becomes {@code #name}, {@code <@U1>} stays an id, {@code <!here>} becomes
     * {@code @here}; then {@code &lt;}, {@code &gt;} and {@code &amp;} are undone.
     */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String t = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        Matcher m = MARKUP.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        while (m.find()) {
            String inner = m.group(1);
            int bar = inner.indexOf('|');
            String target = bar < 0 ? inner : inner.substring(0, bar);
            String label = bar < 0 ? "" : inner.substring(bar + 1);
            String shown;
            if (target.startsWith("#C") || target.startsWith("#G")) {
                shown = "#" + (label.isEmpty() ? target.substring(1) : label);
            } else if (target.startsWith("@")) {
                shown = "<" + target + ">";
            } else if (target.startsWith("!")) {
                shown = "@" + (label.isEmpty() ? target.substring(1) : label);
            } else {
                shown = target;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * A mention or a direct message as a command: everything after the bot's mention (when there is one), with a
     * slash in front unless it has one: {@code <@UBOT> digest ai-alliances} is {@code /digest ai-alliances}, an
     * empty message is {@code /help}.
     */
    static String command(String text, String botUserId) {
        String t = plain(text);
        if (botUserId != null) {
            String mention = "<@" + botUserId + ">";
            int at = t.indexOf(mention);
            if (at >= 0) {
                t = t.substring(at + mention.length());
            }
        }
        t = t.strip();
        if (t.isEmpty()) {
            return "/help";
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("/") || lower.startsWith("newsdesk") || lower.startsWith("@newsdesk")) {
            return t;
        }
        return "/" + t;
    }
}
