package dev.newsdesk.core.source;

import java.time.Duration;
import java.util.Objects;

/**
 * A place news comes from.
 *
 * @param id        short stable id, unique across sources ({@code [a-z0-9][a-z0-9_-]*})
 * @param name      what people see
 * @param url       the absolute http(s) URL polled
 * @param type      feed or html page
 * @param selectors for {@link SourceType#HTML} only, else null
 * @param interval  how often it is polled at most
 * @param addedBy   {@code config} for the operator's sources, else who added it (e.g. {@code telegram:42})
 * @param enabled   disabled sources are kept but never polled
 * @param trusted   operator sources are trusted; untrusted ones never reach private networks
 * @param category  a folder the operator sorted it into (from an OPML outline), or null
 */
public record Source(String id, String name, String url, SourceType type, Selectors selectors, Duration interval,
                     String addedBy, boolean enabled, boolean trusted, String category) {

    public static final String ADDED_BY_CONFIG = "config";
    /** Sources imported by the operator from an OPML file: trusted like config sources, kept across restarts. */
    public static final String ADDED_BY_OPML = "opml";
    /** The longest category kept. */
    public static final int MAX_CATEGORY = 200;

    /** A source in no category. */
    public Source(String id, String name, String url, SourceType type, Selectors selectors, Duration interval,
                  String addedBy, boolean enabled, boolean trusted) {
        this(id, name, url, type, selectors, interval, addedBy, enabled, trusted, null);
    }

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(interval, "interval");
        name = name == null || name.isBlank() ? id : name;
        addedBy = addedBy == null ? ADDED_BY_CONFIG : addedBy;
        category = category == null || category.isBlank() ? null
                : category.strip().substring(0, Math.min(category.strip().length(), MAX_CATEGORY));
        if (type == SourceType.HTML && selectors == null) {
            throw new IllegalArgumentException("source " + id + ": type html needs select.item");
        }
    }

    /** The host name of {@link #url()}, lower case, or the empty string when it has none. */
    public String host() {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? "" : h.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
