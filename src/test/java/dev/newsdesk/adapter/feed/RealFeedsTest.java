package dev.newsdesk.adapter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Real and fixture feeds from rss-parser, node-feedparser, feedjira and ROME: each must parse with items, apart from
 * the few listed here with the reason. Gzip files arrive decompressed, as the fetcher delivers them.
 */
class RealFeedsTest {

    /** File name → why it yields no items (or no feed). */
    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("unrecognized.rss", "not RSS at all; must fail"),
            Map.entry("notafeed.html", "an HTML page; must fail as notAFeed"),
            Map.entry("HREFConsideredHarmfulFirstEntry.xml", "a fragment (one entry's content), not a feed"),
            Map.entry("TechCrunchFirstEntryDescription.xml", "a fragment (one entry's description), not a feed"),
            Map.entry("TenderLovemakingFirstEntry.xml", "a fragment (one entry's content), not a feed"),
            Map.entry("InvalidDateFormat.xml", "deliberately truncated upstream"),
            Map.entry("2.rss", "ROME fixture that is not well-formed on purpose"),
            Map.entry("explicitness-capital-yes.xml", "iTunes fixture with a channel and no items"),
            Map.entry("explicitness-clean.xml", "iTunes fixture with a channel and no items"));

    @Test
    void realFeedsParseWithItems() {
        List<Path> files = new ArrayList<>();
        files.addAll(Corpus.files(Corpus.dir("rss-parser-fixtures/input"), p -> true));
        files.addAll(Corpus.files(Corpus.dir("node-feedparser-feeds/feeds"), p -> true));
        files.addAll(Corpus.files(Corpus.dir("feedjira-sample-feeds/sample_feeds"), p -> true));
        files.addAll(Corpus.files(Corpus.dir("rome-test-feeds"), p -> !p.toString().endsWith(".md")
                && !p.toString().endsWith(".txt") && !p.toString().endsWith(".csv")
                && !p.toString().endsWith(".output")));
        List<String> failures = new ArrayList<>();
        int ok = 0;
        int items = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            byte[] body = gunzip(Corpus.read(f));
            Corpus.Outcome o = Corpus.parse(body, name.equals("encoding.rss") ? "text/xml; charset=latin1" : null,
                    "http://example.com/feed");
            boolean good = o.feed() != null && !o.feed().entries().isEmpty();
            if (good) {
                ok++;
                items += o.feed().entries().size();
            } else if (!EXCEPTIONS.containsKey(name)) {
                failures.add(f + ": " + (o.feed() == null ? o.error().getMessage() : "no items"));
            }
        }
        System.out.printf("real feeds: %d of %d with items (%d items), %d listed exceptions%n", ok, files.size(),
                items, EXCEPTIONS.size());
        failures.forEach(s -> System.out.println("  no items: " + s));
        assertThat(failures).isEmpty();
    }

    @Test
    void notAFeedAndUnrecognizedFail() {
        Corpus.Outcome html = Corpus.parse(Corpus.read(Corpus.dir("node-feedparser-feeds/feeds")
                .resolve("notafeed.html")), "text/html", null);
        assertThat(html.error()).isNotNull();
        assertThat(html.error().notAFeed()).isTrue();
        Corpus.Outcome unrec = Corpus.parse(Corpus.read(Corpus.dir("rss-parser-fixtures/input")
                .resolve("unrecognized.rss")), null, null);
        assertThat(unrec.feed()).isNull();
    }

    static byte[] gunzip(byte[] b) {
        if (b.length < 2 || (b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
            return b;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
