package dev.newsdesk.core.chat;

import dev.newsdesk.adapter.console.PlainText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    @Test
    void netDirectionPerSectorWithItsStoriesAndForwardLookingSentences() {
        List<StoryView> alliances = List.of(
                story("BRICS members launch AI alliance", null, List.of(), "Members meet in March to pick a chair."));
        List<StoryView> markets = List.of(
                story("Nvidia slumps on new export rules", false, List.of("Chips"), ""),
                story("Bitcoin ETFs see record inflows", true, List.of("Crypto"),
                        "Analysts expect inflows to continue into December."),
                story("TSMC cuts outlook as curbs bite", false, List.of("Chips", "Equities"), ""));
        List<StoryView> numbered = new ArrayList<>();
        ChatMessage digest = DigestLayout.digest("AI alliances · market impact", Duration.ofHours(24), List.of(
                new DigestLayout.Section("AI alliances", alliances),
                new DigestLayout.Section("Market impact", markets)), List.of("Nvidia — story 2"), ZoneOffset.UTC,
                numbered);
        String text = String.join("\n", new PlainText().render(digest));

        assertThat(numbered).hasSize(4);
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
        assertThat(text.indexOf("Market impact by sector")).isLessThan(text.indexOf("Watch-list"));
        assertThat(text.indexOf("Watch-list")).isLessThan(text.indexOf("What to watch"));
    }

    @Test
    void aDigestWithoutMovesOrForwardLookingSentencesHasNeitherSection() {
        List<StoryView> numbered = new ArrayList<>();
        ChatMessage digest = DigestLayout.digest("Top stories", Duration.ofHours(24), List.of(
                new DigestLayout.Section("", List.of(story("A quiet day", null, List.of(), "")))), List.of(),
                ZoneOffset.UTC, numbered);
        String text = String.join("\n", new PlainText().render(digest));
        assertThat(text).doesNotContain("Market impact by sector").doesNotContain("What to watch");
    }
}
