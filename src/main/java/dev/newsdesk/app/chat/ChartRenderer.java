package dev.newsdesk.app.chat;

import dev.newsdesk.core.digest.MentionSeries;

/**
 * Draws a digest's chart — mentions per day of a chat's watch-list terms and topics — as a picture a chat platform
 * can show ({@link ChatPlatform#sendImage}). The use cases see bytes only; how the picture is drawn stays at the edge.
 */
public interface ChartRenderer {

    /**
     * The chart as an opaque PNG of a fixed size. An empty series (no lines, or only zeros) still gives a picture that
     * says so, though callers should not send one ({@link MentionSeries#isEmpty()}).
     *
     * @return the PNG's bytes, never empty
     * @throws ChartException when this machine cannot draw (no fonts, no graphics libraries): send the digest without
     *                        its chart
     */
    byte[] png(MentionSeries series);

    /** For set-ups without charts: no picture ({@code null}). */
    ChartRenderer NONE = series -> null;

    /**
     * The picture, or null when there is nothing to draw or the machine cannot draw: a digest goes out without its
     * chart rather than not at all.
     */
    static byte[] orNone(ChartRenderer charts, MentionSeries series) {
        if (series.isEmpty()) {
            return null;
        }
        try {
            return charts.png(series);
        } catch (ChartException e) {
            org.slf4j.LoggerFactory.getLogger(ChartRenderer.class).warn("chart: not drawn: {}", e.getMessage());
            return null;
        }
    }

    /** The machine cannot draw charts; the message says what is missing. */
    final class ChartException extends RuntimeException {
        public ChartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
