package dev.newsdesk.config;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.newsdesk.core.chat.DueTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An operator's digest on a Unix cron expression ({@code 0 8 * * 1-5}: 08:00 on weekdays) read in a zone, so that
 * daylight-saving changes keep it at local time.
 */
public final class CronDueTimes implements DueTimes {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    /** A digest never looks back further than this, however rare its cron. */
    private static final Duration MAX_WINDOW = Duration.ofDays(7);

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime times;

    /** @throws IllegalArgumentException when {@code expression} is not a five-field cron expression */
    public CronDueTimes(String expression, ZoneId zone) {
        this.expression = expression;
        this.zone = zone;
        this.times = ExecutionTime.forCron(PARSER.parse(expression).validate());
    }

    @Override
    public Instant lastAtOrBefore(Instant now) {
        ZonedDateTime at = now.atZone(zone);
        // lastExecution is strictly before its argument: ask from just after now so that "now" itself counts
        return times.lastExecution(at.plusNanos(1)).map(ZonedDateTime::toInstant)
                .orElseThrow(() -> new IllegalStateException("cron '" + expression + "' never ran before " + now));
    }

    @Override
    public Duration window(Instant due) {
        Duration since = times.lastExecution(due.atZone(zone)).map(p -> Duration.between(p.toInstant(), due))
                .orElse(MAX_WINDOW);
        return since.compareTo(MAX_WINDOW) > 0 ? MAX_WINDOW : since;
    }

    @Override
    public String describe() {
        return "cron " + expression + " " + zone.getId();
    }
}
