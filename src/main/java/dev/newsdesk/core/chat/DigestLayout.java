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
        if (!watchHits.isEmpty()) {
            b.heading(Inline.bold("Watch-list"));
            b.paragraph(Inline.text("• " + String.join(" · ", watchHits)));
        }
        b.paragraph(Inline.italic("/summary 1 · /digest 7d"));
        return b.build();
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
