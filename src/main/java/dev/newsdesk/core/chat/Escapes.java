package dev.newsdesk.core.chat;

/** Escaping that chat markups share. */
public final class Escapes {
    private Escapes() {
    }

    /**
     * {@code &}, {@code <} and {@code >} as {@code &amp;}, {@code &lt;}, {@code &gt;}: what Telegram HTML and
     * Slack mrkdwn both need in text.
     */
    public static String angles(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
