package dev.newsdesk.core.chat;

import dev.newsdesk.core.digest.Digest;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shapes digests and story lists as messages: numbered, titles linked, sources and time, short summaries. */
public final class DigestLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int ALSO_NAMED = 3;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private DigestLayout() {
    }

    /**
     * The digest message: a header with the window and counts, the sections with stories numbered across them from 1
     * (seen ones marked), market impact by sector, the watch-list hits and what to watch.
     */
    public static ChatMessage digest(Digest d, ZoneId zone) {
        List<StoryView> numbered = d.numbered();
        int stories = numbered.size();
        int outlets = d.outlets();
        ChatMessage.Builder b = ChatMessage.builder().heading(Inline.bold("🗞 " + d.label() + " — last "
                + Window.describe(d.window()) + " · " + stories + (stories == 1 ? " story" : " stories") + " from "
                + outlets + (outlets == 1 ? " outlet" : " outlets")));
        if (stories == 0) {
            b.paragraph(Inline.text(d.leftOut() > 0 ? "Nothing new since your last digest."
                    : "Nothing new in this window. Try a longer one, e.g. /digest 7d."));
            return b.build();
        }
        int n = 1;
        for (Digest.Section s : d.sections()) {
            if (d.sections().size() > 1 || !s.title().isEmpty()) {
                b.heading(Inline.bold(s.title()));
            }
            b.numbered(items(s.entries(), zone, d.window()), n);
            n += s.entries().size();
        }
        List<String> moves = marketMoves(numbered);
        if (!moves.isEmpty()) {
            b.heading(Inline.bold("Market impact by sector"));
            b.bullets(moves.stream().map(m -> List.of(Inline.text(m))).toList());
        }
        if (!d.watchHits().isEmpty()) {
            b.heading(Inline.bold("Watch-list hits"));
            b.bullets(d.watchHits().stream().map(h -> List.of(Inline.bold(h.term()), Inline.text(" — "
                    + (h.stories().size() == 1 ? "story " : "stories ") + h.stories().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))))).toList());
        }
        List<String> ahead = whatToWatch(numbered);
        if (!ahead.isEmpty()) {
            b.heading(Inline.bold("What to watch"));
            b.bullets(ahead.stream().map(w -> List.of(Inline.text(w))).toList());
        }
        String footer = "/summary 1 · /digest 7d";
        if (d.leftOut() > 0) {
            footer = d.leftOut() + (d.leftOut() == 1 ? " story" : " stories")
                    + " from your last digests left out (unchanged) · " + footer;
        }
        b.paragraph(Inline.italic(footer));
        return b.build();
    }

    /** Most sectors listed in the impact section: the strongest moves. */
    private static final int MAX_SECTORS = 6;
    private static final int MAX_WATCH = 3;

    /**
     * Net direction per sector over the digest's stories (story numbers are positions in {@code numbered}, from 1):
     * {@code ▼ Chips — Nvidia shares slump on new export rules (stories 4, 7)}. Strongest first.
     */
    static List<String> marketMoves(List<StoryView> numbered) {
        java.util.Map<String, int[]> net = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<Integer>> stories = new java.util.LinkedHashMap<>();
        for (int i = 0; i < numbered.size(); i++) {
            StoryView v = numbered.get(i);
            if (v.move().isEmpty()) {
                continue;
            }
            StoryView.Move m = v.move().get();
            List<String> sectors = m.sectors().isEmpty() ? List.of("Markets") : m.sectors();
            for (String sector : sectors) {
                net.computeIfAbsent(sector, k -> new int[1])[0] += m.up() ? 1 : -1;
                stories.computeIfAbsent(sector, k -> new ArrayList<>()).add(i + 1);
            }
        }
        List<String> sectors = new ArrayList<>(net.keySet());
        sectors.sort(java.util.Comparator.comparingInt((String k) -> -Math.abs(net.get(k)[0]))
                .thenComparingInt(k -> -stories.get(k).size()));
        List<String> out = new ArrayList<>();
        for (String sector : sectors.subList(0, Math.min(MAX_SECTORS, sectors.size()))) {
            int n = net.get(sector)[0];
            List<Integer> nums = stories.get(sector);
            String arrow = n > 0 ? "▲" : n < 0 ? "▼" : "●";
            String lead = Stories.shorten(numbered.get(nums.get(0) - 1).title(), 80);
            out.add(arrow + " " + sector + " — " + lead + " (" + (nums.size() == 1 ? "story " : "stories ")
                    + nums.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")");
        }
        return out;
    }

    /** Forward-looking sentences of the first stories that have one: {@code • Regulators will ... (story 1)}. */
    static List<String> whatToWatch(List<StoryView> numbered) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < numbered.size() && out.size() < MAX_WATCH; i++) {
            String w = numbered.get(i).watch();
            if (!w.isEmpty()) {
                out.add(w + " (story " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** A numbered list of stories under a heading (latest, search). */
    public static ChatMessage list(String heading, List<StoryView> stories, ZoneId zone) {
        ChatMessage.Builder b = ChatMessage.builder().heading(Inline.bold(heading));
        if (stories.isEmpty()) {
            return b.paragraph(Inline.text("No stories.")).build();
        }
        return b.numbered(lines(stories, java.util.Collections.nCopies(stories.size(), false), zone,
                        Duration.ofDays(2)), 1)
                .paragraph(Inline.italic("/summary 1 for the first one")).build();
    }

    private static List<List<Inline>> items(List<Digest.Entry> entries, ZoneId zone, Duration window) {
        return lines(entries.stream().map(Digest.Entry::view).toList(),
                entries.stream().map(Digest.Entry::seen).toList(), zone, window);
    }

    private static List<List<Inline>> lines(List<StoryView> stories, List<Boolean> seen, ZoneId zone,
                                            Duration window) {
        List<List<Inline>> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            StoryView v = stories.get(i);
            List<Inline> line = new ArrayList<>();
            line.add(v.url() == null ? Inline.bold(v.title()) : Inline.link(v.title(), v.url()));
            line.add(Inline.text("\n" + byline(v, zone, window) + (seen.get(i) ? " · ✓ seen" : "")));
            if (!v.summary().isEmpty()) {
                line.add(Inline.text("\n" + v.summary()));
            }
            v.impact().ifPresent(badge -> line.add(Inline.text("  " + badge)));
            out.add(line);
        }
        return out;
    }

    /** {@code Global Tech Wire · also: Reuters, FT +2 · 08:12}. */
    public static String byline(StoryView v, ZoneId zone, Duration window) {
        StringBuilder s = new StringBuilder(v.source());
        List<String> also = v.alsoSources();
        if (!also.isEmpty()) {
            // a few names say more than a count; the rest as "+N"
            s.append(" · also: ").append(String.join(", ", also.subList(0, Math.min(ALSO_NAMED, also.size()))));
            if (also.size() > ALSO_NAMED) {
                s.append(" +").append(also.size() - ALSO_NAMED);
            }
        }
        s.append(" · ").append((window.toHours() > 24 ? DAY_TIME : TIME).format(v.published().atZone(zone)));
        return s.toString();
    }
}
