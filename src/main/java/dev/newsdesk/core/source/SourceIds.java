package dev.newsdesk.core.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Makes source ids ({@code [a-z0-9][a-z0-9_-]*}, at most 64) from names and hosts people wrote. */
public final class SourceIds {
    /** Room for a "-NN" suffix within the 64 characters of an id. */
    private static final int MAX_BASE = 48;

    private SourceIds() {
    }

    /**
     * The id-shaped form of {@code text}: lower case, accents folded, runs of other characters as one '-', a leading
     * "www." dropped; "s" when nothing is left.
     */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String base = folded.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
        base = base.substring(0, Math.min(base.length(), MAX_BASE)).replaceAll("[-_]+$", "");
        return base.isEmpty() ? "s" : base;
    }

    /** {@code slug(text)}, or with "-2", "-3", ... appended until {@code taken} says it is free. */
    public static String free(String text, Predicate<String> taken) {
        String base = slug(text);
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
