package dev.newsdesk.core.digest;

import dev.newsdesk.core.chat.StoryView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A built digest: sections of ranked stories, each story at most once, numbered across sections from 1.
 *
 * @param label       the header's label
 * @param window      how far back it looks
 * @param sections    topic sections, then the watch-list section when the chat has hits outside them
 * @param watchHits   each watch-list term hit, with the numbers of the stories that hit it
 * @param leftOut     stories left out because this chat already got them in a scheduled digest, unchanged
 * @param candidates  stories in the window that fit the topics, before ranking cut the sections short
 */
public record Digest(String label, Duration window, List<Section> sections, List<WatchHit> watchHits, int leftOut,
                     int candidates) {

    /** A heading and its stories. */
    public record Section(String title, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One story in a digest.
     *
     * @param view    what is shown
     * @param key     the story key (for the digest log)
     * @param version the story's version (for the digest log)
     * @param seen    this chat got it, unchanged, in an earlier scheduled digest (on-demand digests mark it)
     */
    public record Entry(StoryView view, String key, String version, boolean seen) {
    }

    /** A watch-list term and the numbers of the stories hitting it. */
    public record WatchHit(String term, List<Integer> stories) {
        public WatchHit {
            stories = List.copyOf(stories);
        }
    }

    public Digest {
        sections = List.copyOf(sections);
        watchHits = List.copyOf(watchHits);
    }

    /** Every entry in number order. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        sections.forEach(s -> out.addAll(s.entries()));
        return out;
    }

    /** The stories shown, in number order (for {@code /summary N}). */
    public List<StoryView> numbered() {
        return entries().stream().map(Entry::view).toList();
    }

    /** How many distinct outlets carried the stories shown. */
    public int outlets() {
        Set<String> o = new HashSet<>();
        for (Entry e : entries()) {
            o.add(e.view().source());
            o.addAll(e.view().alsoSources());
        }
        return o.size();
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.entries().isEmpty());
    }
}
