package dev.newsdesk.adapter.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsdesk.app.FeedParseException;
import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.ParsedFeed;
import dev.newsdesk.core.source.Selectors;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParsersTest {

    private final FeedParsers parser = new FeedParsers();

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(UTF_8), null, "http://example.com/feed", null);
    }

    private FeedParseException failure(byte[] body, String contentType) {
        return catchThrowableOfType(FeedParseException.class,
                () -> parser.parse(body, contentType, "http://example.com/", null));
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\"?>" + rssBody(items);
    }

    private static String rssBody(String items) {
        return "<rss version=\"2.0\"><channel><title>T</title><link>http://example.com/</link>"
                + "<ttl>30</ttl>" + items + "</channel></rss>";
    }

    @Test
    void readsRssFields() throws Exception {
        ParsedFeed f = parse(rss("""
                <item><title>A &lt;b&gt;bold&lt;/b&gt;  title</title><link>/a</link><guid>g1</guid>
                <pubDate>Wed, 02 Oct 2002 08:00:00 EST</pubDate><author>jo@x.org (Jo Smith)</author>
                <category>World</category><category>AI</category>
                <description>&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&amp;nbsp;words&lt;/p&gt;</description>
                <enclosure url="http://example.com/i.jpg" type="image/jpeg" length="1"/></item>"""));
        assertThat(f.format()).isEqualTo("rss_2.0");
        assertThat(f.title()).isEqualTo("T");
        assertThat(f.ttl()).isEqualTo(Duration.ofMinutes(30));
        FeedEntry e = f.entries().get(0);
        assertThat(e.title()).isEqualTo("A bold title");
        assertThat(e.link()).isEqualTo("/a");
        assertThat(e.guid()).isEqualTo("g1");
        assertThat(e.published()).isEqualTo(Instant.parse("2002-10-02T13:00:00Z"));
        assertThat(e.author()).isEqualTo("Jo Smith");
        assertThat(e.categories()).containsExactly("World", "AI");
        assertThat(e.summary()).isEqualTo("One\n\nTwo words");
        assertThat(e.image()).isEqualTo("http://example.com/i.jpg");
    }

    @Test
    void atomXmlBaseResolvesLinksAndFeedAuthorIsTheFallback() throws Exception {
        ParsedFeed f = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/">
                  <title type="text">Blog</title><author><name>Ann</name></author>
                  <link rel="alternate" href="/"/>
                  <entry><id>tag:x,2024:1</id><title type="html">&lt;em&gt;Hi&lt;/em&gt;</title>
                    <link href="posts/1"/><updated>2024-01-02T03:04:05+01:00</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>a</p><p>b</p></div></content>
                  </entry>
                </feed>""");
        assertThat(f.format()).isEqualTo("atom_1.0");
        FeedEntry e = f.entries().get(0);
        assertThat(e.link()).isEqualTo("http://example.org/blog/posts/1");
        assertThat(e.title()).isEqualTo("Hi");
        assertThat(e.author()).isEqualTo("Ann");
        assertThat(e.published()).isEqualTo(Instant.parse("2024-01-02T02:04:05Z"));
        assertThat(e.content()).isEqualTo("a\n\nb");
    }

    @Test
    void syndicationPeriodGivesTtl() throws Exception {
        ParsedFeed f = parse("""
                <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>
                <sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel></rss>""");
        assertThat(f.ttl()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jsonFeed() throws Exception {
        ParsedFeed f = parser.parse("""
                \uFEFF {"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://j.example/",
                 "authors":[{"name":"Feed Author"}],
                 "items":[{"id":1,"url":"https://j.example/1","title":"One","content_html":"<p>x</p>",
                   "date_published":"2024-05-06T07:08:09Z","tags":["a","b"],"image":"https://j.example/i.png"},
                  {"id":"2","external_url":"https://other/2","content_text":"plain","author":{"name":"Old"}}]}
                """.getBytes(UTF_8), "application/feed+json", null, null);
        assertThat(f.format()).isEqualTo("json-1.1");
        assertThat(f.link()).isEqualTo("https://j.example/");
        assertThat(f.entries()).hasSize(2);
        FeedEntry a = f.entries().get(0);
        assertThat(a.guid()).isEqualTo("1");
        assertThat(a.content()).isEqualTo("x");
        assertThat(a.author()).isEqualTo("Feed Author");
        assertThat(a.categories()).containsExactly("a", "b");
        assertThat(a.image()).isEqualTo("https://j.example/i.png");
        assertThat(f.entries().get(1).link()).isEqualTo("https://other/2");
        assertThat(f.entries().get(1).author()).isEqualTo("Old");
    }

    // --- security

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MARKER-7f3a9");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + rssBody("<item><title>x &e; y</title><description>&e;</description></item>");
        String out;
        try {
            ParsedFeed f = parse(xml);
            out = f.toString();
        } catch (FeedParseException e) {
            out = e.getMessage();
        }
        assertThat(out).doesNotContain("MARKER-7f3a9");
    }

    @Test
    void billionLaughsDoesNotExplode() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = dtd + rssBody("<item><title>&l9;</title></item>");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                ParsedFeed f = parse(xml);
                assertThat(f.toString().length()).isLessThan(10_000);
            } catch (FeedParseException e) {
                assertThat(e.getMessage()).isNotNull();
            }
        });
    }

    // --- ill-formed input

    @Test
    void oneStrayAmpersandKeepsAllItems() throws Exception {
        ParsedFeed f = parse(rss("<item><title>Tom & Jerry</title><link>http://e/1</link></item>"
                + "<item><title>B&eacute;b&eacute; &mdash; ok&nbsp;</title></item><item><title>C\u0001</title></item>"));
        assertThat(f.entries()).extracting(FeedEntry::title).containsExactly("Tom & Jerry", "Bébé — ok", "C");
    }

    @Test
    void truncatedFeedKeepsCompleteItems() throws Exception {
        ParsedFeed f = parse(rss("<item><title>A</title></item><item><title>B</title></item>")
                .replace("</channel></rss>", "<item><title>C</ti"));
        assertThat(f.entries()).extracting(FeedEntry::title).startsWith("A", "B");
    }

    @Test
    void emptyRandomAndHtmlAreNotFeeds() {
        assertThat(failure(new byte[0], null).notAFeed()).isTrue();
        assertThat(failure("  \n ".getBytes(UTF_8), null).notAFeed()).isTrue();
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertThat(failure(random, "application/octet-stream").notAFeed()).isTrue();
        String html = "<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello<br><p>x</body></html>";
        assertThat(failure(html.getBytes(UTF_8), "text/html").notAFeed()).isTrue();
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body/></html>";
        assertThat(failure(xhtml.getBytes(UTF_8), null).notAFeed()).isTrue();
        assertThat(failure("{\"a\":1}".getBytes(UTF_8), null).notAFeed()).isTrue();
    }

    @Test
    void brokenFeedIsNotNotAFeedAndSaysWhere() {
        FeedParseException e = failure("<rss version=\"2.0\"><channel><title a=\"1\" a=\"2\">x</title></channel></rss>"
                .getBytes(UTF_8), null);
        assertThat(e.notAFeed()).isFalse();
        assertThat(e.getMessage()).contains("line 1");
    }

    // --- encodings

    @Test
    void latin1DeclaredInXml() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + rssBody("<item><title>caf\u00e9</title></item>"))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parser.parse(body, null, null, null).entries().get(0).title()).isEqualTo("café");
    }

    @Test
    void windows1252FromContentType() throws Exception {
        byte[] body = rss("<item><title>\u201cquoted\u201d \u20ac</title></item>").getBytes(Charset.forName("windows-1252"));
        ParsedFeed f = parser.parse(body, "application/rss+xml; charset=windows-1252", null, null);
        assertThat(f.entries().get(0).title()).isEqualTo("\u201cquoted\u201d \u20ac");
    }

    @Test
    void utf8BomAndUtf16() throws Exception {
        String xml = rss("<item><title>\u65e5\u672c \u00fc</title></item>");
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(("\n  " + xml).getBytes(UTF_8));
        assertThat(parser.parse(bom.toByteArray(), null, null, null).entries().get(0).title()).isEqualTo("\u65e5\u672c \u00fc");
        byte[] utf16 = xml.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
                .getBytes(StandardCharsets.UTF_16); // with a BOM
        assertThat(parser.parse(utf16, null, null, null).entries().get(0).title()).isEqualTo("\u65e5\u672c \u00fc");
        byte[] utf16le = xml.getBytes(StandardCharsets.UTF_16LE);
        assertThat(parser.parse(utf16le, "text/xml; charset=utf-16le", null, null).entries()).hasSize(1);
    }

    // --- HTML pages with selectors

    @Test
    void htmlPageWithSelectors() throws Exception {
        String page = """
                <html><head><title>News page</title><meta charset="utf-8"></head><body>
                <article><h2><a href="/news/1">First &amp; best</a></h2><time datetime="2024-03-04T05:06:07Z">4 March</time>
                  <p>Summary <b>one</b>.</p><img src="img/1.png"></article>
                <article><h2><a href="https://other.example/2">Second</a></h2><span class="d">Mon, 04 Mar 2024 10:00:00 GMT</span>
                  <p>Summary two.</p></article>
                <article><p>no link, no title</p></article>
                </body></html>""";
        Source src = new Source("page", "Page", "https://news.example/list", SourceType.HTML,
                new Selectors("article", "h2", "h2 a", "time, .d", "p"), Duration.ofMinutes(10), null, true, true);
        ParsedFeed f = parser.parse(page.getBytes(UTF_8), "text/html", "https://news.example/list", src);
        assertThat(f.format()).isEqualTo("html");
        assertThat(f.entries()).hasSize(2);
        FeedEntry a = f.entries().get(0);
        assertThat(a.title()).isEqualTo("First & best");
        assertThat(a.link()).isEqualTo("https://news.example/news/1");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-03-04T05:06:07Z"));
        assertThat(a.summary()).isEqualTo("Summary one.");
        assertThat(a.image()).isEqualTo("https://news.example/img/1.png");
        assertThat(f.entries().get(1).published()).isEqualTo(Instant.parse("2024-03-04T10:00:00Z"));
    }

    @Test
    void badSelectorIsAParseError() {
        Source src = new Source("page", "Page", "https://news.example/", SourceType.HTML,
                new Selectors("article[[", null, null, null, null), Duration.ofMinutes(10), null, true, true);
        FeedParseException e = catchThrowableOfType(FeedParseException.class,
                () -> parser.parse("<html></html>".getBytes(UTF_8), null, "https://news.example/", src));
        assertThat(e.getMessage()).contains("selector");
    }

    // --- concurrency and speed

    @Test
    void threadSafeAndFast() throws Exception {
        StringBuilder items = new StringBuilder();
        String para = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit &amp; more. ".repeat(8) + "</p>";
        for (int i = 0; i < 50; i++) {
            items.append("<item><title>Title ").append(i).append("</title><link>http://e/").append(i)
                    .append("</link><guid>g").append(i).append("</guid><pubDate>Wed, 02 Oct 2002 08:00:00 EST</pubDate>")
                    .append("<description><![CDATA[").append(para.repeat(5)).append("]]></description></item>");
        }
        byte[] body = rss(items.toString()).getBytes(UTF_8);
        for (int i = 0; i < 20; i++) {
            parser.parse(body, null, null, null); // warm up
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                fs.add(pool.submit(() -> parser.parse(body, null, null, null).entries().size()));
            }
            int n = 0;
            for (Future<Integer> f : fs) {
                n += f.get();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("parsed 200 feeds x 50 items (%d KB each) on 4 threads: %.0f items/s%n",
                    body.length / 1024, n / secs);
            assertThat(n).isEqualTo(200 * 50);
        } finally {
            pool.shutdownNow();
        }
    }
}
