package dev.newsdesk.core.chat;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A look-back window typed in chat: {@code 30m}, {@code 24h}, {@code 7d}, {@code 2w}. */
public final class Window {
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})([mhdw])");
    /** The longest window a command may ask for. */
    public static final Duration MAX = Duration.ofDays(90);

    private Window() {
    }

    /** The window, or empty when {@code word} is not a window (or longer than {@link #MAX} or zero). */
    public static Optional<Duration> parse(String word) {
        Matcher m = FORM.matcher(word.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
        return d.isZero() || d.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(d);
    }

    /** {@code 24 h}, {@code 7 d}, {@code 90 min}: how a window reads in a heading. */
    public static String describe(Duration d) {
        if (d.toMinutes() < 120) {
            return d.toMinutes() + " min";
        }
        if (d.toHours() % 24 != 0 || d.toHours() <= 48) {
            return d.toHours() + " h";
        }
        return d.toDays() + " d";
    }
}
