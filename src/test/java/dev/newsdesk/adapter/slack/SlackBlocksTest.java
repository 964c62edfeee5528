package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.core.chat.Block;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.DigestLayout;
import dev.newsdesk.core.chat.Inline;
import dev.newsdesk.core.chat.StoryView;
import dev.newsdesk.core.digest.Digest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SlackBlocksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SlackBlocks blocks = new SlackBlocks();

    @Test
    void digestBecomesHeaderStorySectionsWithContextAndSummaryButtons() throws Exception {
        List<StoryView> stories = List.of(
                story(1, "AT&T <b>wins</b> the 5G auction", Optional.of("▲ positive · Telecoms")),
                story(2, "Putin announces international AI alliance", Optional.empty()));
        ChatMessage digest = DigestLayout.digest(new Digest("Top stories", Duration.ofHours(24),
                List.of(section("", stories)), List.of(), 0, stories.size()), ZoneOffset.UTC);
        List<String> parts = blocks.render(digest);
        assertThat(parts).hasSize(1);
        JsonNode b = BlockKit.assertValid(parts.get(0));
        assertThat(b.get(0).path("type").asText()).isEqualTo("header");
        assertThat(b.get(0).path("text").path("text").asText()).startsWith("🗞 Top stories — last 24 h · 2 stories");
        JsonNode first = b.get(1);
        assertThat(first.path("type").asText()).isEqualTo("section");
        assertThat(first.path("text").path("text").asText())
                .startsWith("*1.* <https://gtw.example/1|AT&amp;T &lt;b&gt;wins&lt;/b&gt; the 5G auction>")
                .contains("Summary of story 1 &amp; more");
        assertThat(first.path("accessory").path("value").asText()).isEqualTo("summary 1");
        assertThat(first.path("accessory").path("text").path("text").asText()).isEqualTo("Summary");
        JsonNode context = b.get(2);
        assertThat(context.path("type").asText()).isEqualTo("context");
        assertThat(context.path("elements").get(0).path("text").asText())
                .contains("Global Tech Wire · also: Market Daily").endsWith("· ▲ positive · Telecoms");
        assertThat(b.get(3).path("accessory").path("value").asText()).isEqualTo("summary 2");
        assertThat(JSON.readTree(parts.get(0)).path("text").asText()).contains("AT&amp;T &lt;b&gt;wins");
    }

    @Test
    void aVeryLongDigestIsSplitWithinBlockKitLimitsKeepingEveryStoryInOrder() throws Exception {
        List<StoryView> stories = new ArrayList<>();
        for (int i = 1; i <= 140; i++) {
            stories.add(story(i, "Story number " + i + " about chips & export rules", Optional.of("▼ negative")));
        }
        ChatMessage digest = DigestLayout.digest(new Digest("Top stories", Duration.ofDays(7),
                List.of(section("Chips", stories.subList(0, 70)), section("Markets", stories.subList(70, 140))),
                List.of(new Digest.WatchHit("Nvidia", List.of(4))), 0, 140), ZoneOffset.UTC);
        List<String> parts = blocks.render(digest);
        assertThat(parts.size()).isGreaterThanOrEqualTo(6);
        StringBuilder all = new StringBuilder();
        for (String p : parts) {
            JsonNode b = BlockKit.assertValid(p);
            // a heading never ends a message: what it heads follows it
            assertThat(b.get(b.size() - 1).path("type").asText()).isNotEqualTo("header");
            all.append(BlockKit.text(p));
        }
        int at = -1;
        for (int i = 1; i <= 140; i++) {
            int next = all.indexOf("*" + i + ".* <https://gtw.example/" + i + "|Story number " + i + " ");
            assertThat(next).as("story %d after story %d", i, i - 1).isGreaterThan(at);
            at = next;
        }
        assertThat(all).contains("Markets", "Watch-list", "Nvidia");
    }

    @Test
    void aParagraphLongerThanASectionIsCutBetweenWordsNeverInsideAnEscape() throws Exception {
        String word = "R&D<x> ";
        String text = word.repeat(3000);
        List<String> parts = blocks.render(ChatMessage.text(text));
        StringBuilder joined = new StringBuilder();
        for (String p : parts) {
            for (JsonNode b : BlockKit.assertValid(p)) {
                String t = b.path("text").path("text").asText();
                assertThat(t).doesNotEndWith("&amp").doesNotEndWith("&l").doesNotEndWith("&");
                joined.append(t);
            }
        }
        assertThat(joined.toString()).isEqualTo(SlackBlocks.escape(text));
        assertThat(parts).hasSizeGreaterThan(1);
    }

    @Test
    void buttonsCarryTheirCommandAndEmphasisKeepsItsMarksAgainstTheText() throws Exception {
        ChatMessage m = ChatMessage.builder()
                .paragraph(Inline.bold(" Alert #3 "), Inline.text(" — "), Inline.code("a `b` c"),
                        Inline.italic("note"), Inline.link("odd|label", "https://x.example/a?b=1&c=<2>"),
                        Inline.link("not a link", "javascript:alert(1)"))
                .quote(Inline.text("line one\nline two"))
                .divider()
                .buttons(new Block.Button("Summary", "/summary 3"), new Block.Button("Watch this", "/watch add BRICS"))
                .build();
        JsonNode b = BlockKit.assertValid(blocks.render(m).get(0));
        assertThat(b.get(0).path("text").path("text").asText()).isEqualTo(" *Alert #3*  — `a 'b' c`_note_"
                + "<https://x.example/a?b=1&amp;c=%3C2%3E|odd¦label>not a link");
        assertThat(b.get(1).path("text").path("text").asText()).isEqualTo(">line one\n>line two");
        assertThat(b.get(2).path("type").asText()).isEqualTo("divider");
        JsonNode actions = b.get(3).path("elements");
        assertThat(actions.get(0).path("value").asText()).isEqualTo("summary 3");
        assertThat(actions.get(1).path("value").asText()).isEqualTo("watch add BRICS");
        assertThat(actions.get(1).path("text").path("text").asText()).isEqualTo("Watch this");
    }

    @Test
    void helpIsOneSectionPerFewLinesAndAlwaysSomething() throws Exception {
        ChatMessage m = ChatMessage.builder().heading(Inline.bold("x".repeat(400)))
                .bullets(List.of(List.of(Inline.code("/help"), Inline.text(" — what the bot does")),
                        List.of(Inline.code("/digest"), Inline.text(" — the digest"))))
                .build();
        JsonNode b = BlockKit.assertValid(blocks.render(m).get(0));
        assertThat(b.get(0).path("text").path("text").asText()).hasSize(150).endsWith("…");
        assertThat(b.get(1).path("text").path("text").asText())
                .isEqualTo("• `/help` — what the bot does\n• `/digest` — the digest");
        assertThat(blocks.render(ChatMessage.text("   "))).hasSize(1);
        BlockKit.assertValid(blocks.render(ChatMessage.text("   ")).get(0));
    }

    private static Digest.Section section(String title, List<StoryView> stories) {
        return new Digest.Section(title, stories.stream().map(v -> new Digest.Entry(v, v.id(), "1-0", false))
                .toList());
    }

    private static StoryView story(int n, String title, Optional<String> impact) {
        return new StoryView("s" + n, title, "https://gtw.example/" + n, "Global Tech Wire", List.of("Market Daily"),
                Instant.parse("2026-05-01T08:12:00Z"), "Summary of story " + n + " & more.", impact);
    }
}
