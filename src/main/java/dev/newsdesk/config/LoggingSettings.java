package dev.newsdesk.config;

/**
 * The {@code logging:} section.
 *
 * @param format {@code text} (one line per event, for people) or {@code json} (one JSON object per line, for log
 *               collectors)
 */
public record LoggingSettings(String format) {
    public static final String TEXT = "text";
    public static final String JSON = "json";

    public boolean json() {
        return JSON.equals(format);
    }
}
