package dev.newsdesk.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Counts, per day of a window, the stories that mention each watch-list term or topic: the data of a chart. */
public final class Mentions {
    private Mentions() {
    }

    /**
     * @param lines one line per name (a term or topic) with whether a story mentions it, in order
     */
    public static MentionSeries perDay(String title, Collection<DigestStory> stories,
                                       Map<String, Predicate<DigestStory>> lines, Instant since, Instant now,
                                       ZoneId zone) {
        LocalDate first = since.atZone(zone).toLocalDate();
        LocalDate last = now.atZone(zone).toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        List<MentionSeries.Line> out = new ArrayList<>();
        for (Map.Entry<String, Predicate<DigestStory>> line : lines.entrySet()) {
            int[] counts = new int[days.size()];
            for (DigestStory s : stories) {
                Instant at = s.published();
                if (at.isBefore(since) || at.isAfter(now) || !line.getValue().test(s)) {
                    continue;
                }
                int i = (int) (at.atZone(zone).toLocalDate().toEpochDay() - first.toEpochDay());
                counts[i]++;
            }
            out.add(new MentionSeries.Line(line.getKey(), java.util.Arrays.stream(counts).boxed().toList()));
        }
        return new MentionSeries(title, days, out);
    }
}
