package dev.newsdesk.adapter.feed;

import dev.newsdesk.app.SourceImport;
import dev.newsdesk.core.source.Selectors;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpmlTest {
    private static final String NESTED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>My feeds</title></head>
              <body>
                <outline text="Tech" title="Tech">
                  <outline type="rss" text="Global Tech Wire" title="Global Tech Wire"
                           xmlUrl="https://gtw.example/feed.xml" htmlUrl="https://gtw.example/"/>
                  <outline text="AI">
                    <outline type="rss" text="Model Weekly" xmlUrl="https://models.example/rss"/>
                  </outline>
                </outline>
                <outline type="rss" xmlurl="https://loose.example/atom.xml" htmlUrl="https://loose.example/"/>
                <outline text="Empty folder"/>
                <outline type="rss" text="No URL"/>
              </body>
            </opml>
            """;

    @Test
    void readsNestedOutlinesWithTheirFolderAsCategory() throws Exception {
        List<SourceImport.Feed> feeds = Opml.read(NESTED.getBytes(StandardCharsets.UTF_8));
        assertThat(feeds).containsExactly(
                new SourceImport.Feed("Global Tech Wire", "https://gtw.example/feed.xml", "https://gtw.example/",
                        "Tech"),
                new SourceImport.Feed("Model Weekly", "https://models.example/rss", null, "Tech / AI"),
                new SourceImport.Feed(null, "https://loose.example/atom.xml", "https://loose.example/", null));
    }

    @Test
    void readsTheEncodingFromTheDeclaration() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml version=\"1.0\"><body>"
                + "<outline text=\"Zürich Zeitung\" xmlUrl=\"https://nzz.example/rss\"/></body></opml>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Opml.read(latin1).get(0).title()).isEqualTo("Zürich Zeitung");
    }

    @Test
    void hostileXmlIsRefusedWithoutReadingFilesOrExpandingEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/></body></opml>";
        assertThatThrownBy(() -> Opml.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Opml.OpmlException.class).hasMessageContaining("DOCTYPE");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<opml><body><outline text=\"&lol2;\" xmlUrl=\"https://a.example/\"/></body></opml>";
        assertThatThrownBy(() -> Opml.read(laughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Opml.OpmlException.class);
        assertThatThrownBy(() -> Opml.read("<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not <opml>");
        assertThatThrownBy(() -> Opml.read("not xml at all".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not well-formed");
    }

    @Test
    void deepNestingAndFloodsAreBounded() throws Exception {
        StringBuilder deep = new StringBuilder("<opml><body>");
        deep.append("<outline text=\"f\">".repeat(5_000)).append("<outline xmlUrl=\"https://deep.example/\"/>")
                .append("</outline>".repeat(5_000)).append("<outline xmlUrl=\"https://shallow.example/\"/>")
                .append("</body></opml>");
        assertThat(Opml.read(deep.toString().getBytes(StandardCharsets.UTF_8)))
                .extracting(SourceImport.Feed::feedUrl).containsExactly("https://shallow.example/");

        String flood = "<opml><body>" + "<outline xmlUrl=\"https://x.example/\"/>".repeat(Opml.MAX_OUTLINES + 1)
                + "</body></opml>";
        assertThatThrownBy(() -> Opml.read(flood.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("more than " + Opml.MAX_OUTLINES);
    }

    @Test
    void writesOpml20ThatReadsBackWithCategoriesAndEscapedText() throws Exception {
        List<Source> sources = List.of(
                source("gtw", "Global \"Tech\" <Wire> & Co", "https://gtw.example/feed.xml?a=1&b=2", "Tech & AI"),
                source("loose", "Loose", "https://loose.example/rss", null),
                new Source("page", "A page", "https://page.example/news", SourceType.HTML,
                        new Selectors("article", null, null, null, null), Duration.ofMinutes(10), "config", true,
                        true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = Opml.write(sources, "newsdesk sources", Instant.parse("2026-11-26T10:00:00Z"), out);
        String xml = out.toString(StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(2);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<opml version=\"2.0\">",
                "<dateCreated>Thu, 26 Nov 2026 10:00:00 GMT</dateCreated>").doesNotContain("page.example");
        assertThat(Opml.read(out.toByteArray())).containsExactly(
                new SourceImport.Feed("Global \"Tech\" <Wire> & Co", "https://gtw.example/feed.xml?a=1&b=2", null,
                        "Tech & AI"),
                new SourceImport.Feed("Loose", "https://loose.example/rss", null, null));
    }

    private static Source source(String id, String name, String url, String category) {
        return new Source(id, name, url, SourceType.FEED, null, Duration.ofMinutes(10), "config", true, true,
                category);
    }
}
