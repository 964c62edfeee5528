package dev.newsdesk.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Mentions per day over a digest's window, one line per watch-list term or topic: what a chart draws.
 *
 * @param title  the chart's title, e.g. {@code Mentions per day — last 7 d}
 * @param days   the days of the window, oldest first, in the chat's zone
 * @param series one line per term or topic, each with one count per day
 */
public record MentionSeries(String title, List<LocalDate> days, List<Line> series) {

    /** One term's or topic's counts, one per day of {@link #days()}. */
    public record Line(String name, List<Integer> counts) {
        public Line {
            Objects.requireNonNull(name, "name");
            counts = List.copyOf(counts);
        }
    }

    public MentionSeries {
        Objects.requireNonNull(title, "title");
        days = List.copyOf(days);
        series = List.copyOf(series);
        for (Line l : series) {
            if (l.counts().size() != days.size()) {
                throw new IllegalArgumentException(l.name() + ": " + l.counts().size() + " counts for "
                        + days.size() + " days");
            }
        }
    }

    /** True when nothing was mentioned: no chart is worth sending. */
    public boolean isEmpty() {
        return series.stream().allMatch(l -> l.counts().stream().allMatch(c -> c == 0));
    }
}
