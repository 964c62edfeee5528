package dev.newsdesk.core.chat;

import java.time.Duration;
import java.time.Instant;

/** When a scheduled digest falls due: daily and weekly specs, or an operator's cron expression. */
public interface DueTimes {

    /** The latest due time at or before {@code now}. */
    Instant lastAtOrBefore(Instant now);

    /** How far back the digest due at {@code due} looks (the time since the previous due time, for cron). */
    Duration window(Instant due);

    /** How it reads in {@code /schedules} and logs. */
    String describe();
}
