package dev.newsdesk.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A command as typed: its name (lower case, without slash) and the rest of the line.
 *
 * @param name command name, e.g. {@code digest}
 * @param args everything after the name, trimmed (may be empty)
 */
public record CommandText(String name, String args) {

    /**
     * Reads {@code /cmd args}, {@code /cmd@botname args} (only when addressed to {@code botName} or to no bot), the
     * Slack forms {@code /newsdesk cmd args} and {@code newsdesk cmd args} / {@code @newsdesk cmd args}.
     *
     * @param text    the message text
     * @param botName this bot's user name without {@code @}, or null when unknown (any bot name is accepted then)
     * @return the command, or empty when the text is not a command for this bot
     */
    public static Optional<CommandText> parse(String text, String botName) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"/newsdesk ", "@newsdesk ", "newsdesk "}) {
            if (lower.startsWith(prefix)) {
                String rest = t.substring(prefix.length()).strip();
                return rest.isEmpty() ? Optional.of(new CommandText("help", "")) : parse("/" + rest, botName);
            }
        }
        if (lower.equals("/newsdesk") || lower.equals("newsdesk") || lower.equals("@newsdesk")) {
            return Optional.of(new CommandText("help", ""));
        }
        if (!t.startsWith("/") || t.length() < 2) {
            return Optional.empty();
        }
        int end = 1;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        String head = t.substring(1, end);
        int at = head.indexOf('@');
        if (at >= 0) {
            String target = head.substring(at + 1);
            if (botName != null && !target.equalsIgnoreCase(botName)) {
                return Optional.empty();
            }
            head = head.substring(0, at);
        }
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CommandText(head.toLowerCase(Locale.ROOT), t.substring(end).strip()));
    }

    /** The arguments split at white space, keeping {@code "quoted phrases"} together (quotes removed). */
    public List<String> words() {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
