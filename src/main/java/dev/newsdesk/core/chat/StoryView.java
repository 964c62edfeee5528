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
 * @param move        the market move for digests' impact section: direction and sectors (empty when neutral)
 * @param watch       a forward-looking sentence ("what to watch"), or empty
 */
public record StoryView(String id, String title, String url, String source, List<String> alsoSources,
                        Instant published, String summary, Optional<String> impact, Optional<Move> move,
                        String watch) {

    /** Which way a story moves markets, and where: {@code up} true for positive, false for negative. */
    public record Move(boolean up, List<String> sectors) {
        public Move {
            sectors = List.copyOf(sectors);
        }
    }

    /** A story without impact section data or what-to-watch sentence. */
    public StoryView(String id, String title, String url, String source, List<String> alsoSources,
                     Instant published, String summary, Optional<String> impact) {
        this(id, title, url, source, alsoSources, published, summary, impact, Optional.empty(), "");
    }

    public StoryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        alsoSources = List.copyOf(alsoSources);
        summary = summary == null ? "" : summary;
        impact = impact == null ? Optional.empty() : impact;
        move = move == null ? Optional.empty() : move;
        watch = watch == null ? "" : watch;
    }

    /** How many outlets carried it. */
    public int outlets() {
        return 1 + alsoSources.size();
    }
}
