package dev.newsdesk.core.source;

import java.util.Objects;

/**
 * CSS selectors that turn an HTML page into items: {@code item} selects each entry, the others are evaluated inside
 * it. Only {@code item} is required; {@code link} defaults to the first {@code a[href]} and {@code title} to the link
 * text. Absent selectors are null.
 */
public record Selectors(String item, String title, String link, String date, String summary) {
    public Selectors {
        Objects.requireNonNull(item, "selectors.item");
        if (item.isBlank()) {
            throw new IllegalArgumentException("selectors.item is blank");
        }
    }
}
