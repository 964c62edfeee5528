package dev.newsdesk.core.source;

/** How a source is read: a syndication feed (RSS, Atom, RDF, JSON Feed) or an HTML page read with CSS selectors. */
public enum SourceType {
    FEED,
    HTML;

    /** The config spelling: {@code feed} or {@code html}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses the config spelling; throws {@link IllegalArgumentException} naming the allowed values. */
    public static SourceType fromKey(String key) {
        for (SourceType t : values()) {
            if (t.key().equalsIgnoreCase(key.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown source type '" + key + "' (expected feed or html)");
    }
}
