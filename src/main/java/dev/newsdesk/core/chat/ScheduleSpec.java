package dev.newsdesk.core.chat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When a scheduled digest is due: daily or weekly at a local time in a zone, with the topics it covers.
 *
 * @param day    null for daily, else the weekday
 * @param at     local time
 * @param zone   the zone {@code at} is read in
 * @param topics  topic ids (may be empty: all topics)
 * @param options {@link #QUIET} (an empty digest sends nothing) and {@link #CHART} (a chart is attached)
 */
public record ScheduleSpec(DayOfWeek day, LocalTime at, ZoneId zone, List<String> topics, Set<String> options)
        implements DueTimes {
    /** Option: an empty digest sends nothing instead of one line. */
    public static final String QUIET = "quiet";
    /** Option: a chart of mentions per day is attached. */
    public static final String CHART = "chart";

    public ScheduleSpec {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        topics = List.copyOf(topics);
        options = Set.copyOf(options);
    }

    public ScheduleSpec(DayOfWeek day, LocalTime at, ZoneId zone, List<String> topics) {
        this(day, at, zone, topics, Set.of());
    }

    /**
     * The latest due time at or before {@code now}: {@code at} local time in {@code zone} on that day. On the day
     * clocks go forward a time that does not exist is read one hour later (02:30 → 03:30); when they go back, the
     * first of the two is meant. So 08:00 Europe/Berlin is 08:00 local on both sides of a change.
     */
    @Override
    public Instant lastAtOrBefore(Instant now) {
        java.time.ZonedDateTime local = now.atZone(zone);
        java.time.LocalDate date = local.toLocalDate();
        for (int back = 0; back <= 8; back++) {
            java.time.LocalDate d = date.minusDays(back);
            if (day != null && d.getDayOfWeek() != day) {
                continue;
            }
            Instant due = java.time.ZonedDateTime.of(d, at, zone).toInstant();
            if (!due.isAfter(now)) {
                return due;
            }
        }
        throw new IllegalStateException("no due time in the last 8 days"); // cannot happen: every week has the day
    }

    /**
     * How far back a digest of this schedule looks: since the previous due time — a day or a week, 23 or 25 hours
     * on the days clocks change, so nothing falls between two digests and nothing is counted twice.
     */
    @Override
    public java.time.Duration window(Instant due) {
        return java.time.Duration.between(lastAtOrBefore(due.minusMillis(1)), due);
    }

    @Override
    public String describe() {
        return spec() + " " + zone.getId();
    }

    /** The spec as stored and shown: {@code daily 08:00} or {@code weekly mon 09:00}. */
    public String spec() {
        String time = String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
        return day == null ? "daily " + time
                : "weekly " + day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT) + " " + time;
    }

    /**
     * Reads {@code daily HH:MM [zone] [topic...]} or {@code weekly DAY HH:MM [zone] [topic...]}.
     *
     * @param words       the command's words
     * @param defaultZone the chat's zone, used when none is given
     * @param knownTopics topic ids that may be named
     * @throws IllegalArgumentException with a message saying what is wrong (and the topics, when a topic is unknown)
     */
    public static ScheduleSpec parse(List<String> words, ZoneId defaultZone, Set<String> knownTopics) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("say daily or weekly");
        }
        int i = 0;
        String kind = words.get(i++).toLowerCase(Locale.ROOT);
        DayOfWeek day = null;
        if (kind.equals("weekly")) {
            if (i >= words.size()) {
                throw new IllegalArgumentException("weekly needs a day (mon … sun)");
            }
            day = day(words.get(i++));
        } else if (!kind.equals("daily")) {
            throw new IllegalArgumentException("'" + kind + "' is neither daily nor weekly");
        }
        if (i >= words.size()) {
            throw new IllegalArgumentException("a time HH:MM is missing");
        }
        LocalTime at = time(words.get(i++));
        ZoneId zone = defaultZone;
        if (i < words.size() && looksLikeZone(words.get(i))) {
            try {
                zone = ZoneId.of(words.get(i++));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("unknown time zone '" + words.get(i - 1)
                        + "' (use a name like Europe/Berlin or UTC)");
            }
        }
        List<String> topics = new ArrayList<>();
        Set<String> options = new java.util.TreeSet<>();
        for (; i < words.size(); i++) {
            String t = words.get(i).toLowerCase(Locale.ROOT);
            if (t.equals(QUIET) || t.equals(CHART)) {
                options.add(t);
                continue;
            }
            if (!knownTopics.contains(t)) {
                throw new IllegalArgumentException("unknown topic '" + words.get(i) + "'; topics: "
                        + String.join(", ", new java.util.TreeSet<>(knownTopics)) + "; options: quiet, chart");
            }
            topics.add(t);
        }
        return new ScheduleSpec(day, at, zone, topics, options);
    }

    private static boolean looksLikeZone(String w) {
        return w.contains("/") || w.equalsIgnoreCase("UTC") || w.equalsIgnoreCase("GMT")
                || w.matches("(?i)(UTC|GMT)?[+-]\\d{1,2}(:\\d{2})?");
    }

    private static DayOfWeek day(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            if (l.length() >= 3 && full.startsWith(l)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + w + "' is not a day (mon, tue, wed, thu, fri, sat, sun)");
    }

    private static LocalTime time(String w) {
        if (!w.matches("\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException("'" + w + "' is not a time HH:MM");
        }
        String[] p = w.split(":");
        int h = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        if (h > 23 || m > 59) {
            throw new IllegalArgumentException("'" + w + "' is not a time of day (00:00 … 23:59)");
        }
        return LocalTime.of(h, m);
    }
}
