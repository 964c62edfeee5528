package dev.newsdesk.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a chat asks a digest for.
 *
 * @param label     the header's label, e.g. {@code AI alliances · market impact}
 * @param window    how far back
 * @param now       the time it is built for
 * @param zone      the chat's zone (times, chart days)
 * @param topics    the topic sections in order; empty for one section of top stories
 * @param watch     this chat's watch-list terms
 * @param seen      stories this chat got in earlier scheduled digests: story key → version then
 * @param scheduled true for a scheduled digest (stories already seen and unchanged are left out); false for an
 *                  on-demand digest (they are shown, marked as seen)
 */
public record DigestRequest(String label, Duration window, Instant now, ZoneId zone, List<Topic> topics,
                            List<Term> watch, Map<String, String> seen, boolean scheduled) {

    /** A topic section: its id, its heading, and whether a story belongs to it. */
    public record Topic(String id, String name, Predicate<DigestStory> matches) {
    }

    /** A watch-list term and whether a story hits it. */
    public record Term(String term, Predicate<DigestStory> matches) {
    }

    public DigestRequest {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        topics = List.copyOf(topics);
        watch = List.copyOf(watch);
        seen = Map.copyOf(seen);
    }

    /** The start of the window. */
    public Instant since() {
        return now.minus(window);
    }
}
