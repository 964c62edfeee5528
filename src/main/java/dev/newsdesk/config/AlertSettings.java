package dev.newsdesk.config;

import java.time.Duration;

/**
 * The {@code alerts:} and {@code schedule:} sections: how alerts stay below noise, and how late a missed digest may
 * still go out.
 *
 * @param maxPerHour alerts per chat per hour; the rest are folded into one "and N more" message
 * @param editWithin an alerted story that grows (more outlets, a new headline) within this time is edited in place
 * @param grace      a scheduled digest due while the bot was down is sent at start when at most this late
 */
public record AlertSettings(int maxPerHour, Duration editWithin, Duration grace) {
}
