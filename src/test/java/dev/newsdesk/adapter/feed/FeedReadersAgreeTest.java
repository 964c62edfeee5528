package dev.newsdesk.adapter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.app.FeedParseException;
import dev.newsdesk.core.item.ParsedFeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.JDOMException;
import org.junit.jupiter.api.Test;

/**
 * {@link Rss20Reader} reads plain RSS 2.0 without ROME and must give exactly what ROME's path gives: every feed of
 * the corpora, parsed with and without it, yields the same feed (or the same failure). It must also take a real share
 * of the corpus, or it saves nothing.
 */
class FeedReadersAgreeTest {

    private static final FeedParsers WITH = new FeedParsers(true);
    private static final FeedParsers ROME_ONLY = new FeedParsers(false);

    @Test
    void bothReadersGiveTheSameFeedForEveryCorpusFile() {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("feedparser-tests", "gofeed-testdata", "rss-parser-fixtures", "node-feedparser-feeds",
                "feedjira-sample-feeds", "rome-test-feeds")) {
            files.addAll(Corpus.files(Corpus.dir(dir), p -> !p.toString().endsWith(".json")
                    && !p.toString().endsWith(".md") && !p.toString().endsWith(".txt")
                    && !p.toString().endsWith(".csv") && !p.toString().endsWith(".output")));
        }
        List<String> differences = new ArrayList<>();
        int direct = 0;
        for (Path f : files) {
            byte[] body = RealFeedsTest.gunzip(Corpus.read(f));
            String base = "http://example.com/feed";
            if (readsDirectly(body, base)) {
                direct++;
            }
            String a = outcome(WITH, body, base);
            String b = outcome(ROME_ONLY, body, base);
            if (!a.equals(b)) {
                differences.add(f + "\n    direct: " + a + "\n    rome:   " + b);
            }
        }
        System.out.printf("readers agree: %d files, %d read without ROME, %d differences%n", files.size(), direct,
                differences.size());
        differences.stream().limit(20).forEach(System.out::println);
        assertThat(differences).isEmpty();
        assertThat(direct).isGreaterThan(200);
    }

    @Test
    void aTypicalNewsFeedIsReadWithoutRome() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">"
                + "<channel><title>Silicon Chronicle</title><link>https://news.example.com/</link>"
                + "<atom:link href=\"https://news.example.com/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>"
                + "<ttl>30</ttl><item><title>Markets wrap: gold &amp; oil steady</title>"
                + "<link>https://news.example.com/2025/06/02/markets</link>"
                + "<guid isPermaLink=\"false\">news:0:0:a914d4</guid><pubDate>Mon, 02 Jun 2025 17:40:08 +0000</pubDate>"
                + "<dc:creator>Marc Lefevre</dc:creator><category>Markets</category><category>Gold</category>"
                + "<description>Officials said the plan would be reviewed.</description>"
                + "<content:encoded><![CDATA[<p>It&#8217;s the third such agreement.</p>]]></content:encoded>"
                + "<enclosure url=\"https://news.example.com/a.jpg\" type=\"image/jpeg\" length=\"1\"/></item>"
                + "<item><title>No link, permalink guid</title><guid>https://news.example.com/b</guid>"
                + "<description>&lt;b&gt;Bold&lt;/b&gt; teaser</description></item></channel></rss>";
        byte[] body = feed.getBytes(StandardCharsets.UTF_8);
        assertThat(readsDirectly(body, null)).isTrue();
        ParsedFeed direct = WITH.parse(body, null, null, null);
        assertThat(direct).isEqualTo(ROME_ONLY.parse(body, null, null, null));
        assertThat(direct.entries()).hasSize(2);
        assertThat(direct.entries().get(0).author()).isEqualTo("Marc Lefevre");
        assertThat(direct.entries().get(0).categories()).containsExactly("Markets", "Gold");
        assertThat(direct.entries().get(0).image()).isEqualTo("https://news.example.com/a.jpg");
        assertThat(direct.entries().get(0).content()).isEqualTo("It’s the third such agreement.");
        assertThat(direct.entries().get(1).link()).isEqualTo("https://news.example.com/b");
        assertThat(direct.entries().get(1).summary()).isEqualTo("Bold teaser");
    }

    @Test
    void otherVersionsAndOddShapesAreLeftToRome() throws Exception {
        assertThat(readsDirectly(("<rss version=\"0.91\"><channel><title>T</title><item><title>a</title>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8), null)).isFalse();
        // a date only ROME's masks may read, and two authors whose order ROME decides
        assertThat(readsDirectly(("<rss version=\"2.0\"><channel><item><title>a</title><pubDate>sometime</pubDate>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8), null)).isFalse();
        assertThat(readsDirectly(("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<item><title>a</title><author>x@y.z (X)</author><dc:creator>Y</dc:creator></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8), null)).isFalse();
    }

    /** Whether the document parses strictly and {@link Rss20Reader} answers for it. */
    private static boolean readsDirectly(byte[] body, String base) {
        try {
            String text = XmlHealer.dropDoctype(XmlHealer.stripLeading(BodyText.decode(body, null)));
            return new Rss20Reader().read(SafeXml.parse(text).getRootElement(), base) != null;
        } catch (JDOMException | RuntimeException e) {
            return false;
        }
    }

    private static String outcome(FeedParsers parser, byte[] body, String base) {
        try {
            return parser.parse(body, null, base, null).toString();
        } catch (FeedParseException e) {
            return "failed: " + e.getMessage();
        }
    }
}
