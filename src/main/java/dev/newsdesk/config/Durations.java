package dev.newsdesk.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Durations as people write them in config and chat: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 1w}. */
public final class Durations {
    private Durations() {
    }

    /** The duration, or empty when {@code text} is not of that form. Combined forms such as {@code 1h30m} work too. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 9) {
                return Optional.empty();
            }
            long n = Long.parseLong(s, start, i, 10);
            int unitStart = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            Duration part = switch (s.substring(unitStart, i)) {
                case "ms" -> Duration.ofMillis(n);
                case "s", "sec", "secs" -> Duration.ofSeconds(n);
                case "m", "min", "mins" -> Duration.ofMinutes(n);
                case "h", "hr", "hrs" -> Duration.ofHours(n);
                case "d", "day", "days" -> Duration.ofDays(n);
                case "w", "wk", "weeks" -> Duration.ofDays(7 * n);
                default -> null;
            };
            if (part == null) {
                return Optional.empty();
            }
            total = total.plus(part);
        }
        return Optional.of(total);
    }

    /** The shortest spelling: {@code 90s} becomes {@code 90s}, {@code 600s} becomes {@code 10m}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        if (s != 0 && s % 86400 == 0) {
            return s / 86400 + "d";
        }
        if (s != 0 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
