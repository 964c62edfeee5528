package dev.newsdesk.adapter.chart;

import dev.newsdesk.core.digest.MentionSeries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Mention series for tests and the chart benchmark: deterministic, shaped like a week of digest data. */
public final class SampleSeries {
    private SampleSeries() {
    }

    /** {@code days} days ending on 2026-11-23 (a Monday), one line per name with seeded counts up to 40. */
    public static MentionSeries of(int days, long seed, String... names) {
        List<LocalDate> window = window(days);
        Random random = new Random(seed);
        List<MentionSeries.Line> lines = new ArrayList<>();
        for (String name : names) {
            List<Integer> counts = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                counts.add(random.nextInt(41));
            }
            lines.add(new MentionSeries.Line(name, counts));
        }
        return new MentionSeries("Mentions per day — last " + days + " d", window, lines);
    }

    /** One line per name, each with these counts (one per day). */
    public static MentionSeries fixed(List<Integer> counts, String... names) {
        List<MentionSeries.Line> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(new MentionSeries.Line(name, counts));
        }
        return new MentionSeries("Mentions per day", window(counts.size()), lines);
    }

    static List<LocalDate> window(int days) {
        LocalDate last = LocalDate.of(2026, 11, 23);
        List<LocalDate> window = new ArrayList<>();
        for (int d = days - 1; d >= 0; d--) {
            window.add(last.minusDays(d));
        }
        return window;
    }
}
