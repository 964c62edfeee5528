package dev.newsdesk.core.digest;

import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.Stories;
import dev.newsdesk.core.chat.StoryView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A story as digests rank it: the item that broke it (shown), the outlets that carried it, the topics of all its
 * items, its strongest market impact and when it last grew. Immutable; {@link #with} returns the grown story.
 *
 * @param key      the story id (or the headline key of items not grouped)
 * @param lead     the first item seen: its headline, link and summary are shown
 * @param outlets  outlet names in order of arrival, each once
 * @param topics   topic ids of any of its items
 * @param impact   the largest absolute impact score of its items
 * @param analysed whether any item was analysed
 * @param updated  the latest publication time of its items
 */
public record DigestStory(String key, NewsItem lead, List<String> outlets, Set<String> topics, double impact,
                          boolean analysed, Instant updated) {
    private static final int SUMMARY_CHARS = 280;

    public DigestStory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lead, "lead");
        outlets = List.copyOf(outlets);
        topics = Set.copyOf(topics);
    }

    /** A story of one item. */
    public static DigestStory of(DigestEntry e) {
        return new DigestStory(e.storyKey(), e.item(), List.of(e.item().sourceName()), e.topics(),
                Math.abs(e.impactScore()), e.analysed(), e.item().published());
    }

    /**
     * This story with one more item. Adding an item twice changes nothing, so the index may read an item again
     * (changed, or re-analysed) without counting it twice.
     */
    public DigestStory with(DigestEntry e) {
        List<String> o = outlets;
        if (!outlets.contains(e.item().sourceName())) {
            o = new ArrayList<>(outlets);
            o.add(e.item().sourceName());
        }
        Set<String> t = topics;
        if (!topics.containsAll(e.topics())) {
            t = new HashSet<>(topics);
            t.addAll(e.topics());
        }
        // the lead is the earliest item: the one that broke the story
        NewsItem l = e.item().published().isBefore(lead.published()) ? e.item()
                : e.item().id().equals(lead.id()) ? e.item() : lead; // a re-read lead brings its analysis
        Instant u = e.item().published().isAfter(updated) ? e.item().published() : updated;
        return new DigestStory(key, l, o, t, Math.max(impact, Math.abs(e.impactScore())), analysed || e.analysed(),
                u);
    }

    /** When it broke. */
    public Instant published() {
        return lead.published();
    }

    /**
     * What a chat saw of it: the number of outlets and the headline. A story that gains outlets or changes its
     * headline is news again.
     */
    public String version() {
        return outlets.size() + "-" + Integer.toHexString(dev.newsdesk.core.chat.TitleKey.of(lead.title()).hashCode());
    }

    /** The view chats show. */
    public StoryView view() {
        NewsItem it = lead;
        String summary = it.summary().isEmpty() ? it.text() : it.summary();
        // the lead may have arrived after other outlets' items: "also" is every outlet but the lead's
        List<String> also = outlets.stream().filter(o -> !o.equals(it.sourceName())).toList();
        return new StoryView(it.id(), it.title(), it.url(), it.sourceName(), also,
                it.published(), Stories.shorten(summary, SUMMARY_CHARS), Optional.ofNullable(it.impact()),
                Optional.ofNullable(it.move()),
                it.watch().isEmpty() ? "" : Stories.shorten(it.watch().get(0), SUMMARY_CHARS));
    }
}
