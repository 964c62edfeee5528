package dev.newsdesk.core.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups items into stories for display: items of one story (as the story grouper found it across outlets) are shown
 * once, with the other outlets as "also". Items not grouped (stored without enrichment) fall back to the same
 * normalised title published within 48 hours.
 */
public final class Stories {
    /** Items this close in time with the same headline are one story. */
    public static final Duration SAME_STORY = Duration.ofHours(48);
    private static final int SUMMARY_CHARS = 280;

    private Stories() {
    }

    /** One view per story, in the order of each story's first item in {@code items}. */
    public static List<StoryView> group(List<NewsItem> items) {
        Map<String, List<NewsItem>> byKey = new LinkedHashMap<>();
        int anonymous = 0;
        for (NewsItem it : items) {
            String key = it.storyId() != null ? "\u0001" + it.storyId() : TitleKey.of(it.title());
            if (key.isEmpty()) {
                key = "\u0000" + anonymous++;
            }
            List<NewsItem> group = byKey.get(key);
            if (group != null && Duration.between(group.get(0).published(), it.published()).abs()
                    .compareTo(SAME_STORY) <= 0) {
                group.add(it);
            } else if (group == null) {
                byKey.put(key, new ArrayList<>(List.of(it)));
            } else {
                byKey.put(key + "\u0000" + it.id(), new ArrayList<>(List.of(it)));
            }
        }
        List<StoryView> out = new ArrayList<>();
        for (List<NewsItem> g : byKey.values()) {
            out.add(view(g));
        }
        return out;
    }

    /** The view of one item alone. */
    public static StoryView view(NewsItem it) {
        return view(List.of(it));
    }

    private static StoryView view(List<NewsItem> g) {
        NewsItem first = g.get(0);
        List<String> also = new ArrayList<>();
        for (NewsItem o : g.subList(1, g.size())) {
            if (!o.sourceName().equals(first.sourceName()) && !also.contains(o.sourceName())) {
                also.add(o.sourceName());
            }
        }
        String summary = first.summary().isEmpty() ? first.text() : first.summary();
        return new StoryView(first.id(), first.title(), first.url(), first.sourceName(), also, first.published(),
                shorten(summary, SUMMARY_CHARS), Optional.ofNullable(first.impact()), Optional.ofNullable(first.move()),
                first.watch().isEmpty() ? "" : shorten(first.watch().get(0), SUMMARY_CHARS));
    }

    /** At most {@code max} characters, cut at a word boundary with an ellipsis. */
    public static String shorten(String s, int max) {
        // collapse white space by hand, and only as far as needed: this runs for every story of a digest
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() <= max; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        String t = b.toString();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
