package dev.newsdesk.adapter.chart;

import dev.newsdesk.core.digest.MentionSeries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Keeps a chart readable: more than {@code max} lines cannot be told apart on a phone, so the lines with the most
 * mentions are kept (in the caller's order, which puts topics and terms where the digest wants them) and the rest are
 * summed into one {@code other} line, drawn last.
 */
final class LineFolding {
    static final String OTHER = "other";

    private LineFolding() {
    }

    /** At most {@code max} lines; the input when it has no more than that. */
    static List<MentionSeries.Line> fold(List<MentionSeries.Line> lines, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max: " + max + " leaves no room for the 'other' line");
        }
        if (lines.size() <= max) {
            return lines;
        }
        // ties keep the caller's order, so the same data always gives the same chart
        List<Integer> kept = IntStream.range(0, lines.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -total(lines.get(i))).thenComparing(i -> i))
                .limit(max - 1L).sorted().toList();
        int days = lines.get(0).counts().size();
        long[] other = new long[days];
        List<MentionSeries.Line> out = new ArrayList<>(max);
        for (int i = 0; i < lines.size(); i++) {
            MentionSeries.Line l = lines.get(i);
            if (kept.contains(i)) {
                out.add(l);
            } else {
                for (int d = 0; d < days; d++) {
                    other[d] += l.counts().get(d);
                }
            }
        }
        List<Integer> counts = new ArrayList<>(days);
        for (long c : other) {
            counts.add((int) Math.min(Integer.MAX_VALUE, c));
        }
        out.add(new MentionSeries.Line(OTHER, counts));
        return out;
    }

    static long total(MentionSeries.Line line) {
        long t = 0;
        for (int c : line.counts()) {
            t += c;
        }
        return t;
    }
}
