package dev.newsdesk.config;

import dev.newsdesk.core.chat.DueTimes;
import dev.newsdesk.core.chat.ScheduleSpec;
import java.time.ZoneId;

import java.util.List;

/**
 * One operator digest of the {@code digests:} list.
 *
 * @param chat   {@code telegram:<chat id>} or {@code slack:<channel id>}
 * @param at     when: {@code daily 08:00 Europe/Berlin}, {@code weekly mon 09:00 UTC} or a cron expression with a zone
 * @param topics topic ids, plus {@code watchlist}
 * @param due    {@code at} read: when it falls due
 * @param quiet  an empty digest sends nothing (else one line)
 * @param chart  a chart of mentions per day is attached
 */
public record DigestSpec(String chat, String at, List<String> topics, DueTimes due, boolean quiet, boolean chart) {
    public DigestSpec {
        topics = List.copyOf(topics);
    }

    /**
     * Reads {@code daily HH:MM [zone]}, {@code weekly DAY HH:MM [zone]} or a five-field cron expression (read in
     * {@code zone}, UTC when none).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static DueTimes due(String at, String zone) {
        List<String> words = List.of(at.strip().split("\\s+"));
        String first = words.get(0).toLowerCase(java.util.Locale.ROOT);
        ZoneId z;
        try {
            z = zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "'");
        }
        if (first.equals("daily") || first.equals("weekly")) {
            return ScheduleSpec.parse(words, z, java.util.Set.of());
        }
        try {
            return new CronDueTimes(at.strip(), z);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + at + "' is neither 'daily HH:MM [zone]', 'weekly DAY HH:MM "
                    + "[zone]' nor a cron expression like '0 8 * * 1-5' (" + e.getMessage() + ")");
        }
    }
}
