package dev.newsdesk.core.chat;

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
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    /** One section of a digest: a heading and its stories. */
    public record Section(String title, List<StoryView> stories) {
        public Section {
            stories = List.copyOf(stories);
        }
    }

    private DigestLayout() {
    }

    /**
     * The digest message. Stories are numbered across sections in order, starting at 1; {@code numbered} receives
     * the stories in number order so that {@code /summary N} can find them.
     */
    public static ChatMessage digest(String label, Duration window, List<Section> sections, List<String> watchHits,
                                     ZoneId zone, List<StoryView> numbered) {
        Set<String> outlets = new HashSet<>();
        int stories = 0;
        for (Section s : sections) {
            for (StoryView v : s.stories()) {
                stories++;
                outlets.add(v.source());
                outlets.addAll(v.alsoSources());
            }
        }
        ChatMessage.Builder b = ChatMessage.builder().heading(Inline.bold("🗞 " + label + " — last "
                + Window.describe(window) + " · " + stories + (stories == 1 ? " story" : " stories") + " from "
                + outlets.size() + (outlets.size() == 1 ? " outlet" : " outlets")));
        if (stories == 0) {
            b.paragraph(Inline.text("Nothing new in this window. Try a longer one, e.g. /digest 7d."));
            return b.build();
        }
        int n = 1;
        for (Section s : sections) {
            if (s.stories().isEmpty()) {
                continue;
            }
            if (sections.size() > 1 || !s.title().isEmpty()) {
                b.heading(Inline.bold(s.title()));
            }
            b.numbered(items(s.stories(), zone, window), n);
            numbered.addAll(s.stories());
            n += s.stories().size();
        }
        List<String> moves = marketMoves(numbered);
        if (!moves.isEmpty()) {
            b.heading(Inline.bold("Market impact by sector"));
            b.bullets(moves.stream().map(m -> List.of(Inline.text(m))).toList());
        }
        if (!watchHits.isEmpty()) {
            b.heading(Inline.bold("Watch-list"));
            b.paragraph(Inline.text("• " + String.join(" · ", watchHits)));
        }
        List<String> ahead = whatToWatch(numbered);
        if (!ahead.isEmpty()) {
            b.heading(Inline.bold("What to watch"));
            b.bullets(ahead.stream().map(w -> List.of(Inline.text(w))).toList());
        }
        b.paragraph(Inline.italic("/summary 1 · /digest 7d"));
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
        return b.numbered(items(stories, zone, Duration.ofDays(2)), 1)
                .paragraph(Inline.italic("/summary 1 for the first one")).build();
    }

    private static List<List<Inline>> items(List<StoryView> stories, ZoneId zone, Duration window) {
        List<List<Inline>> out = new ArrayList<>();
        for (StoryView v : stories) {
            List<Inline> line = new ArrayList<>();
            line.add(v.url() == null ? Inline.bold(v.title()) : Inline.link(v.title(), v.url()));
            line.add(Inline.text("\n" + byline(v, zone, window)));
            if (!v.summary().isEmpty()) {
                line.add(Inline.text("\n" + v.summary()));
            }
            v.impact().ifPresent(i -> line.add(Inline.text("  " + i)));
            out.add(line);
        }
        return out;
    }

    /** {@code Global Tech Wire · also 2 outlets · 08:12}. */
    public static String byline(StoryView v, ZoneId zone, Duration window) {
        StringBuilder s = new StringBuilder(v.source());
        int also = v.alsoSources().size();
        if (also == 1) {
            s.append(" · also ").append(v.alsoSources().get(0));
        } else if (also > 1) {
            s.append(" · also ").append(also).append(" outlets");
        }
        s.append(" · ").append((window.toHours() > 24 ? DAY_TIME : TIME).format(v.published().atZone(zone)));
        return s.toString();
    }
}
