package dev.newsdesk.core.analysis.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A watch-list entry: a display name and the spellings that count as a hit, written {@code Nvidia|NVDA} (the first
 * alternative is the display name and an alias too).
 *
 * @param name    the display name, reported for hits
 * @param aliases every alternative, the name first; none blank
 */
public record WatchTerm(String name, List<String> aliases) {
    /** The longest watch term accepted, in characters: a watch term is a name, not a text. */
    public static final int MAX_LENGTH = 200;

    public WatchTerm {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        if (aliases.isEmpty() || !aliases.get(0).equals(name)) {
            throw new IllegalArgumentException("watch term '" + name + "': the name must be the first alias");
        }
    }

    /**
     * Parses {@code Name|ALIAS|other alias}: alternatives separated by {@code |}, trimmed, empty ones skipped.
     *
     * @throws IllegalArgumentException naming the input when it is null, longer than {@link #MAX_LENGTH}, or has no
     *                                  alternative with a letter or digit
     */
    public static WatchTerm parse(String spec) {
        if (spec == null) {
            throw new IllegalArgumentException("watch term: null");
        }
        if (spec.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("watch term '" + spec.substring(0, 20) + "…' is longer than "
                    + MAX_LENGTH + " characters");
        }
        List<String> alternatives = new ArrayList<>();
        for (String part : spec.split("\\|", -1)) {
            String a = part.strip();
            if (!a.isEmpty() && a.codePoints().anyMatch(Character::isLetterOrDigit)) {
                alternatives.add(a);
            }
        }
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("watch term '" + spec + "' has no letters or digits");
        }
        return new WatchTerm(alternatives.get(0), alternatives);
    }

    /** The canonical spelling, {@code Name|ALIAS}, which {@link #parse(String)} reads back to an equal term. */
    @Override
    public String toString() {
        return String.join("|", aliases);
    }
}
