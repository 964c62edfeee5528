package dev.newsdesk.adapter.logging;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes secrets out of log text: every configured secret value, and anything shaped like a Telegram bot token or a
 * Slack token (a library may print a request URL, and a Telegram URL carries the token), becomes {@code ****}. The
 * last line of defence: code never logs a secret on purpose.
 */
public final class SecretMask {
    static final String MASK = "****";
    /**
     * Telegram bot tokens ({@code 123456789:AA...}, also inside {@code /bot123456789:AA.../getMe}) and Slack tokens
     * ({@code xoxb-...}, {@code xapp-...}).
     */
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            "(?<![0-9])\\d{5,16}:[A-Za-z0-9_-]{30,}|\\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{10,}");
    /** Shorter values are not masked: "****" in place of every "abc" would garble the log and hide nothing. */
    private static final int MIN_SECRET = 6;

    private static volatile List<String> secrets = List.of();

    private SecretMask() {
    }

    /** The secret values to mask from now on (blank and short ones are ignored). */
    public static void register(Collection<String> values) {
        secrets = values.stream().filter(v -> v != null && v.strip().length() >= MIN_SECRET).map(String::strip)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** {@code text} with every secret replaced. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return TOKEN_SHAPES.matcher(out).replaceAll(MASK);
    }
}
