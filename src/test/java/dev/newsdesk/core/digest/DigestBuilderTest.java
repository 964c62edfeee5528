package dev.newsdesk.core.digest;

import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.StoryView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking, sections without repeats, watch-list hits, and what scheduled and on-demand digests do with seen stories. */
class DigestBuilderTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private static DigestEntry entry(String id, String story, String outlet, String title, Duration ago,
                                     Set<String> topics, double impact) {
        NewsItem it = new NewsItem(id, outlet.toLowerCase(), outlet, "https://" + outlet.toLowerCase() + ".example/"
                + id, title, "Summary of " + title + ".", "", NOW.minus(ago), story, null, null, List.of(),
                List.of());
        return new DigestEntry(it, topics, impact, true);
    }

    private static List<DigestStory> stories(DigestEntry... entries) {
        Map<String, DigestStory> byKey = new java.util.LinkedHashMap<>();
        for (DigestEntry e : entries) {
            byKey.merge(e.storyKey(), DigestStory.of(e), (a, b) -> a.with(e));
        }
        return new ArrayList<>(byKey.values());
    }

    private static DigestRequest.Topic topic(String id) {
        return new DigestRequest.Topic(id, id.toUpperCase(), s -> s.topics().contains(id));
    }

    private static DigestRequest.Term term(String word) {
        return new DigestRequest.Term(word, s -> s.lead().title().toLowerCase().contains(word.toLowerCase()));
    }

    private static DigestRequest request(List<DigestRequest.Topic> topics, List<DigestRequest.Term> watch,
                                         Map<String, String> seen, boolean scheduled) {
        return new DigestRequest("Test", Duration.ofHours(24), NOW, ZoneOffset.UTC, topics, watch, seen, scheduled);
    }

    @Test
    void moreOutletsOutrankOneAndOldStoriesFallOutOfTheWindow() {
        List<DigestStory> s = stories(
                entry("a1", "A", "Wire", "Chip alliance formed", Duration.ofHours(5), Set.of("ai"), 0),
                entry("a2", "A", "Daily", "Chip alliance formed", Duration.ofHours(4), Set.of("ai"), 0),
                entry("a3", "A", "Times", "Chip alliance formed", Duration.ofHours(4), Set.of("ai"), 0),
                entry("b1", "B", "Wire", "Minor AI note", Duration.ofHours(1), Set.of("ai"), 0),
                entry("c1", "C", "Wire", "Old AI story", Duration.ofHours(30), Set.of("ai"), 0));
        Digest d = DigestBuilder.build(s, request(List.of(), List.of(), Map.of(), false));
        assertThat(d.numbered()).extracting(StoryView::title).containsExactly("Chip alliance formed", "Minor AI note");
        assertThat(d.numbered().get(0).alsoSources()).containsExactly("Daily", "Times");
        assertThat(d.outlets()).isEqualTo(3);
    }

    @Test
    void aStoryInTwoTopicsIsShownOnceInTheFirstAndWatchHitsOutsideTopicsGetTheirOwnSection() {
        List<DigestStory> s = stories(
                entry("a", "A", "Wire", "Nvidia joins AI alliance", Duration.ofHours(2), Set.of("ai", "markets"), 0.6),
                entry("b", "B", "Wire", "Stocks slide", Duration.ofHours(2), Set.of("markets"), 0.5),
                entry("c", "C", "Wire", "BRICS summit opens", Duration.ofHours(3), Set.of(), 0));
        Digest d = DigestBuilder.build(s, request(List.of(topic("ai"), topic("markets")),
                List.of(term("Nvidia"), term("BRICS")), Map.of(), false));
        assertThat(d.sections()).extracting(Digest.Section::title).containsExactly("AI", "MARKETS", "Watch-list");
        assertThat(d.sections().get(0).entries()).extracting(e -> e.view().title())
                .containsExactly("Nvidia joins AI alliance");
        assertThat(d.sections().get(1).entries()).extracting(e -> e.view().title()).containsExactly("Stocks slide");
        assertThat(d.sections().get(2).entries()).extracting(e -> e.view().title()).containsExactly("BRICS summit opens");
        assertThat(d.watchHits()).containsExactly(new Digest.WatchHit("Nvidia", List.of(1)),
                new Digest.WatchHit("BRICS", List.of(3)));
        // a story outside every topic and without watch hits is not in a topic digest
        assertThat(d.numbered()).hasSize(3);
    }

    @Test
    void aScheduledDigestLeavesOutWhatTheChatGotUnchangedAndShowsWhatGrew() {
        List<DigestStory> s = stories(
                entry("a", "A", "Wire", "Seen and unchanged", Duration.ofHours(2), Set.of(), 0),
                entry("b", "B", "Wire", "Seen but grew", Duration.ofHours(3), Set.of(), 0),
                entry("b2", "B", "Daily", "Seen but grew", Duration.ofHours(1), Set.of(), 0),
                entry("c", "C", "Wire", "New", Duration.ofHours(1), Set.of(), 0));
        Map<String, String> seen = new HashMap<>();
        DigestStory a = s.get(0);
        seen.put(a.key(), a.version());
        // the chat saw B with one outlet
        seen.put("B", DigestStory.of(entry("b", "B", "Wire", "Seen but grew", Duration.ofHours(3), Set.of(), 0))
                .version());

        Digest scheduled = DigestBuilder.build(s, request(List.of(), List.of(), seen, true));
        assertThat(scheduled.numbered()).extracting(StoryView::title).containsExactlyInAnyOrder("Seen but grew", "New");
        assertThat(scheduled.leftOut()).isEqualTo(1);

        Digest onDemand = DigestBuilder.build(s, request(List.of(), List.of(), seen, false));
        assertThat(onDemand.numbered()).hasSize(3);
        assertThat(onDemand.entries()).filteredOn(Digest.Entry::seen).extracting(e -> e.view().title())
                .containsExactly("Seen and unchanged");
    }

    @Test
    void equalInputsGiveEqualDigestsWhateverTheOrder() {
        List<DigestStory> s = stories(
                entry("a", "A", "Wire", "One", Duration.ofHours(2), Set.of(), 0),
                entry("b", "B", "Wire", "Two", Duration.ofHours(2), Set.of(), 0),
                entry("c", "C", "Wire", "Three", Duration.ofHours(2), Set.of(), 0));
        List<DigestStory> reversed = new ArrayList<>(s);
        java.util.Collections.reverse(reversed);
        DigestRequest r = request(List.of(), List.of(), Map.of(), false);
        assertThat(DigestBuilder.build(reversed, r)).isEqualTo(DigestBuilder.build(s, r));
    }

    @Test
    void addingTheSameItemTwiceChangesNothing() {
        DigestEntry e = entry("a", "A", "Wire", "One", Duration.ofHours(2), Set.of("ai"), 0.3);
        DigestStory once = DigestStory.of(e);
        assertThat(once.with(e)).isEqualTo(once);
    }

    @Test
    void theOutletThatBrokeAStoryLeadsEvenWhenItArrivedLast() {
        DigestEntry late = entry("b", "A", "Daily", "Alliance formed", Duration.ofHours(1), Set.of(), 0);
        DigestEntry early = entry("a", "A", "Wire", "Alliance formed", Duration.ofHours(3), Set.of(), 0);
        StoryView v = DigestStory.of(late).with(early).view();
        assertThat(v.source()).isEqualTo("Wire");
        assertThat(v.alsoSources()).containsExactly("Daily");
    }
}
