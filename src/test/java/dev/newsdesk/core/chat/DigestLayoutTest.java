package dev.newsdesk.core.chat;

import dev.newsdesk.adapter.console.PlainText;
import dev.newsdesk.core.digest.Digest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A digest's closing sections: market impact by sector and what to watch, numbered like the stories. */
class DigestLayoutTest {
    private static final Instant T = Instant.parse("2026-11-26T08:00:00Z");

    private static StoryView story(String title, Boolean up, List<String> sectors, String watch) {
        return new StoryView(title, title, "https://example.com/" + title.hashCode(), "Wire", List.of(), T,
                "Summary of " + title, Optional.empty(),
                up == null ? Optional.empty() : Optional.of(new StoryView.Move(up, sectors)), watch);
    }

    private static Digest.Section section(String title, List<StoryView> stories) {
        return new Digest.Section(title, stories.stream().map(v -> new Digest.Entry(v, v.id(), "1-0", false))
                .toList());
    }

    @Test
    void netDirectionPerSectorWithItsStoriesAndForwardLookingSentences() {
        List<StoryView> alliances = List.of(
                story("BRICS members launch AI alliance", null, List.of(), "Members meet in March to pick a chair."));
        List<StoryView> markets = List.of(
                story("Nvidia slumps on new export rules", false, List.of("Chips"), ""),
                story("Bitcoin ETFs see record inflows", true, List.of("Crypto"),
                        "Analysts expect inflows to continue into December."),
                story("TSMC cuts outlook as curbs bite", false, List.of("Chips", "Equities"), ""));
        Digest d = new Digest("AI alliances · market impact", Duration.ofHours(24), List.of(
                section("AI alliances", alliances), section("Market impact", markets)),
                List.of(new Digest.WatchHit("Nvidia", List.of(2))), 0, 4);
        ChatMessage digest = DigestLayout.digest(d, ZoneOffset.UTC);
        String text = String.join("\n", new PlainText().render(digest));

        assertThat(d.numbered()).hasSize(4);
        assertThat(text).contains("Nvidia — story 2");
        assertThat(text).contains("Market impact by sector")
                .contains("▼ Chips — Nvidia slumps on new export rules (stories 2, 4)")
                .contains("▲ Crypto — Bitcoin ETFs see record inflows (story 3)")
                .contains("▼ Equities — TSMC cuts outlook as curbs bite (story 4)")
                .contains("What to watch")
                .contains("Members meet in March to pick a chair. (story 1)")
                .contains("Analysts expect inflows to continue into December. (story 3)");
        // strongest move first
        assertThat(text.indexOf("▼ Chips")).isLessThan(text.indexOf("▲ Crypto"));
        // sections in the order of DESIGN.md: stories, market impact, watch-list, what to watch
        assertThat(text.indexOf("Market impact by sector")).isLessThan(text.indexOf("Watch-list hits"));
        assertThat(text.indexOf("Watch-list hits")).isLessThan(text.indexOf("What to watch"));
    }

    @Test
    void aDigestWithoutMovesOrForwardLookingSentencesHasNeitherSection() {
        ChatMessage digest = DigestLayout.digest(new Digest("Top stories", Duration.ofHours(24), List.of(
                section("", List.of(story("A quiet day", null, List.of(), "")))), List.of(), 0, 1), ZoneOffset.UTC);
        String text = String.join("\n", new PlainText().render(digest));
        assertThat(text).doesNotContain("Market impact by sector").doesNotContain("What to watch");
    }
}
