package dev.newsdesk.core.item;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemNormalizerTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static FeedEntry entry(String guid, String title, String link, Instant published) {
        return new FeedEntry(guid, title, link, published, null, null, "Summary of " + title, null, List.of(), null);
    }

    private static List<Item> normalize(FeedEntry... entries) {
        return ItemNormalizer.normalize("src", new ParsedFeed("rss_2.0", "Feed", "https://example.com/",
                null, List.of(entries)), "https://example.com/feed.xml", NOW);
    }

    @Test
    void keyIsTheGuidWhenEveryEntryHasItsOwn() {
        List<Item> items = normalize(entry("tag:example.com,2024:1", "A", "/a", null),
                entry("tag:example.com,2024:2", "B", "/b", null));
        assertThat(items).extracting(Item::key).containsExactly("g:tag:example.com,2024:1", "g:tag:example.com,2024:2");
        assertThat(items).extracting(Item::url).containsExactly("https://example.com/a", "https://example.com/b");
    }

    @Test
    void aGuidSharedByEntriesIsNotAnIdentityAndTheUrlIsUsed() {
        List<Item> items = normalize(entry("same", "A", "/a", null), entry("same", "B", "/b", null));
        assertThat(items).extracting(Item::key).containsExactly("u:https://example.com/a", "u:https://example.com/b");
    }

    @Test
    void withoutGuidOrLinkTheKeyIsAHashOfTitleAndDate() {
        Instant t = Instant.parse("2024-05-01T08:00:00Z");
        Item a = normalize(entry(null, "Headline", null, t)).get(0);
        Item again = normalize(entry(null, "Headline", null, t)).get(0);
        Item other = normalize(entry(null, "Headline", null, t.plusSeconds(60))).get(0);
        assertThat(a.key()).startsWith("h:").isEqualTo(again.key());
        assertThat(other.key()).isNotEqualTo(a.key());
        assertThat(a.id()).isEqualTo(again.id());
    }

    @Test
    void aGuidThatIsAUrlServesAsTheLink() {
        Item it = normalize(entry("https://example.com/story?utm_source=rss", "A", null, null)).get(0);
        assertThat(it.url()).isEqualTo("https://example.com/story");
    }

    @Test
    void missingAndFutureDatesBecomeTheFetchTime() {
        List<Item> items = normalize(entry("1", "A", "/a", null),
                entry("2", "B", "/b", NOW.plusSeconds(86400 * 30)),
                entry("3", "C", "/c", Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(items).extracting(Item::publishedAt)
                .containsExactly(NOW, NOW, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void idsDependOnTheSourceAndContentHashOnTheText() {
        FeedEntry e = entry("g1", "Title", "/a", null);
        Item a = ItemNormalizer.normalize("one", new ParsedFeed(null, null, null, null, List.of(e)), null, NOW).get(0);
        Item b = ItemNormalizer.normalize("two", new ParsedFeed(null, null, null, null, List.of(e)), null, NOW).get(0);
        assertThat(a.id()).isNotEqualTo(b.id()).hasSize(16);
        assertThat(a.contentHash()).isEqualTo(b.contentHash());
        FeedEntry changed = new FeedEntry("g1", "Title (updated)", "/a", null, null, null, "x", null, List.of(), null);
        Item c = ItemNormalizer.normalize("one", new ParsedFeed(null, null, null, null, List.of(changed)), null, NOW)
                .get(0);
        assertThat(c.id()).isEqualTo(a.id());
        assertThat(c.contentHash()).isNotEqualTo(a.contentHash());
    }

    @Test
    void titlesAreOneLineAndHostileSizesAreCut() {
        String huge = "word ".repeat(100_000);
        FeedEntry e = new FeedEntry("g", "  Breaking:\n  markets\t rally ", "/a", null, null, null, huge, huge,
                List.of(" AI ", "AI", ""), null);
        Item it = normalize(e).get(0);
        assertThat(it.title()).isEqualTo("Breaking: markets rally");
        assertThat(it.text().length()).isLessThanOrEqualTo(ItemNormalizer.MAX_TEXT);
        assertThat(it.summary().length()).isLessThanOrEqualTo(ItemNormalizer.MAX_SUMMARY);
        assertThat(it.categories()).containsExactly("AI");
    }

    @Test
    void anEntryWithNothingInItIsDropped() {
        FeedEntry empty = new FeedEntry(null, " ", null, null, null, null, null, null, List.of(), null);
        assertThat(normalize(empty)).isEmpty();
    }

    @Test
    void anEntryWithoutTitleGetsOneFromItsText() {
        FeedEntry e = new FeedEntry("g", null, "/a", null, null, null, "Nvidia agreed to a pact with three "
                + "governments on sovereign AI compute.", null, List.of(), null);
        assertThat(normalize(e).get(0).title()).startsWith("Nvidia agreed to a pact");
    }
}
