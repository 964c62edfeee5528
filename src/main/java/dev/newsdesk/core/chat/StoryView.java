package dev.newsdesk.core.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story as chats show it, whatever the store behind it.
 *
 * @param id          the representative item's id
 * @param title       plain text
 * @param url         the article, or null
 * @param source      the name of the outlet shown first
 * @param alsoSources other outlets that carried it (names), never null
 * @param published   when it was published
 * @param summary     a short plain-text summary (may be empty)
 * @param impact      a market-impact badge such as {@code ▲ positive · chips}, when analysed
 */
public record StoryView(String id, String title, String url, String source, List<String> alsoSources,
                        Instant published, String summary, Optional<String> impact) {
    public StoryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        alsoSources = List.copyOf(alsoSources);
        summary = summary == null ? "" : summary;
        impact = impact == null ? Optional.empty() : impact;
    }

    /** How many outlets carried it. */
    public int outlets() {
        return 1 + alsoSources.size();
    }
}
