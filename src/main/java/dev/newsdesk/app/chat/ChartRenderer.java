package dev.newsdesk.app.chat;

import dev.newsdesk.core.digest.MentionSeries;

/** Draws a digest's chart: mentions per day of the chat's watch-list terms and topics, as a PNG. */
public interface ChartRenderer {

    /** The PNG bytes of the chart. */
    byte[] png(MentionSeries series);

    /** For platforms and set-ups without charts: no picture. */
    ChartRenderer NONE = series -> null;
}
