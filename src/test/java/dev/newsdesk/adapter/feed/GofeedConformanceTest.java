package dev.newsdesk.adapter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.ParsedFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance against gofeed's test data: the expected universal feeds of {@code translator/} and, where the fields
 * map, the format-specific expectations of {@code parser/}. Titles are compared as plain text (the expected value run
 * through the same markup-to-text step, since newsdesk entries carry text, not markup); authors by name, else e-mail.
 * The thresholds are the levels reached, minus a little slack.
 */
class GofeedConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void translatorRss() throws IOException {
        assertThat(translator("rss").share()).isGreaterThanOrEqualTo(0.917 - 0.01);
    }

    @Test
    void translatorAtom() throws IOException {
        assertThat(translator("atom").share()).isGreaterThanOrEqualTo(1.0 - 0.01);
    }

    @Test
    void translatorJson() throws IOException {
        assertThat(translator("json").share()).isGreaterThanOrEqualTo(1.0 - 0.01);
    }

    @Test
    void parserRssAndAtom() throws IOException {
        Path dir = Corpus.dir("gofeed-testdata/parser");
        Score score = new Score("gofeed parser/rss+atom");
        for (Path xml : Corpus.files(dir, p -> p.toString().endsWith(".xml")
                && (p.getParent().endsWith("rss") || p.getParent().endsWith("atom")))) {
            Path expectedFile = Path.of(xml.toString().replaceAll("\\.xml$", ".json"));
            Corpus.Outcome o = Corpus.parse(Corpus.read(xml), null, null);
            if (!Files.exists(expectedFile)) {
                score.skipped++;
                continue;
            }
            JsonNode exp = JSON.readTree(expectedFile.toFile());
            if (o.feed() == null) {
                score.check(xml.getFileName() + " parse", "feed", o.error().getMessage());
                continue;
            }
            compareParser(xml.getFileName().toString(), exp, o.feed(), score);
        }
        score.print(15);
        assertThat(score.share()).isGreaterThanOrEqualTo(0.833 - 0.01);
    }

    @Test
    void universalSamplesParseOrFailCleanly() {
        Path dir = Corpus.dir("gofeed-testdata/parser");
        for (Path p : Corpus.files(dir, p -> true)) {
            Corpus.parse(Corpus.read(p), null, null); // asserts: no hang, nothing but FeedParseException
        }
        Path uni = dir.resolve("universal");
        for (String f : List.of("atom03_feed.xml", "atom10_feed.xml", "rdf_feed.xml", "rss_feed.xml",
                "rss_feed_bom.xml", "rss_feed_leading_spaces.xml", "json10_feed.json", "json11_feed.json")) {
            assertThat(Corpus.parse(Corpus.read(uni.resolve(f)), null, null).feed()).as(f).isNotNull();
        }
        for (String f : List.of("empty_feed.xml", "unknown_feed.xml", "invalid.json")) {
            Corpus.Outcome o = Corpus.parse(Corpus.read(uni.resolve(f)), null, null);
            assertThat(o.feed()).as(f).isNull();
        }
    }

    private Score translator(String suite) throws IOException {
        Path dir = Corpus.dir("gofeed-testdata/translator/" + suite);
        Score score = new Score("gofeed translator/" + suite);
        for (Path expectedFile : Corpus.files(dir, p -> p.toString().endsWith(".json"))) {
            String name = expectedFile.getFileName().toString();
            Path input;
            if (suite.equals("json")) {
                if (!name.endsWith("_expected.json")) {
                    continue;
                }
                input = dir.resolve(name.replace("_expected.json", ".json"));
            } else {
                input = dir.resolve(name.replaceAll("\\.json$", ".xml"));
            }
            if (!Files.exists(input)) {
                score.skipped++;
                continue;
            }
            JsonNode exp = JSON.readTree(expectedFile.toFile());
            Corpus.Outcome o = Corpus.parse(Corpus.read(input), null, null);
            if (o.feed() == null) {
                score.check(name + " parse", "feed", o.error().getMessage());
                continue;
            }
            compareUniversal(name, exp, o.feed(), score);
        }
        score.print(25);
        return score;
    }

    private static void compareUniversal(String name, JsonNode exp, ParsedFeed feed, Score score) {
        if (exp.hasNonNull("title")) {
            score.check(name + " title", HtmlText.line(exp.get("title").asText()), feed.title());
        }
        if (exp.hasNonNull("link")) {
            score.check(name + " link", exp.get("link").asText().trim(), feed.link());
        }
        JsonNode items = exp.path("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode it = items.get(i);
            FeedEntry e = i < feed.entries().size() ? feed.entries().get(i) : null;
            String p = name + " items[" + i + "].";
            if (it.hasNonNull("title")) {
                score.check(p + "title", HtmlText.line(it.get("title").asText()), e == null ? null : e.title());
            }
            if (it.hasNonNull("link")) {
                score.check(p + "link", it.get("link").asText().trim(), e == null ? null : e.link());
            }
            if (it.hasNonNull("guid")) {
                score.check(p + "guid", it.get("guid").asText().trim(), e == null ? null : e.guid());
            }
            if (it.hasNonNull("publishedParsed")) {
                score.check(p + "published", Instant.parse(it.get("publishedParsed").asText()),
                        e == null ? null : e.published());
            }
            if (it.hasNonNull("updatedParsed")) {
                score.check(p + "updated", Instant.parse(it.get("updatedParsed").asText()),
                        e == null ? null : e.updated());
            }
            String author = person(it.path("authors").path(0));
            if (author != null) {
                score.check(p + "author", author, e == null ? null : e.author());
            }
        }
    }

    private static void compareParser(String name, JsonNode exp, ParsedFeed feed, Score score) {
        if (exp.hasNonNull("title") && exp.get("title").isTextual()) {
            score.check(name + " title", HtmlText.line(exp.get("title").asText()), feed.title());
        }
        if (exp.hasNonNull("link") && exp.get("link").isTextual()) {
            score.check(name + " link", exp.get("link").asText().trim(), feed.link());
        }
        JsonNode items = exp.has("items") ? exp.get("items") : exp.path("entries");
        for (int i = 0; i < items.size(); i++) {
            JsonNode it = items.get(i);
            FeedEntry e = i < feed.entries().size() ? feed.entries().get(i) : null;
            String p = name + " items[" + i + "].";
            if (it.hasNonNull("title") && it.get("title").isTextual()) {
                score.check(p + "title", HtmlText.line(it.get("title").asText()), e == null ? null : e.title());
            }
            if (it.hasNonNull("link") && it.get("link").isTextual()) {
                score.check(p + "link", it.get("link").asText().trim(), e == null ? null : e.link());
            }
            if (it.path("guid").hasNonNull("value")) {
                score.check(p + "guid", it.get("guid").get("value").asText().trim(), e == null ? null : e.guid());
            }
            if (it.hasNonNull("id")) {
                score.check(p + "id", it.get("id").asText().trim(), e == null ? null : e.guid());
            }
            for (JsonNode l : it.path("links")) {
                String rel = l.path("rel").asText("alternate");
                if (rel.equals("alternate") && l.hasNonNull("href")) {
                    score.check(p + "link", l.get("href").asText().trim(), e == null ? null : e.link());
                    break;
                }
            }
            for (String date : List.of("pubDateParsed", "publishedParsed")) {
                if (it.hasNonNull(date)) {
                    score.check(p + date, Instant.parse(it.get(date).asText()), e == null ? null : e.published());
                }
            }
            if (it.hasNonNull("updatedParsed")) {
                score.check(p + "updated", Instant.parse(it.get("updatedParsed").asText()),
                        e == null ? null : e.updated());
            }
            String author = person(it.path("authors").path(0));
            if (author != null) {
                score.check(p + "author", author, e == null ? null : e.author());
            }
        }
    }

    /** The name of a gofeed person, else the e-mail; null when neither. */
    private static String person(JsonNode p) {
        if (p.hasNonNull("name") && !p.get("name").asText().isBlank()) {
            return HtmlText.line(p.get("name").asText());
        }
        if (p.hasNonNull("email") && !p.get("email").asText().isBlank()) {
            return p.get("email").asText().trim();
        }
        return null;
    }
}
