package dev.newsdesk.testing;

/** Small, realistic feeds for tests. */
public final class Feeds {
    private Feeds() {
    }

    /** An RSS 2.0 feed whose items are (guid, title) pairs; links are made from the guids under {@code base}. */
    public static String rss(String base, String... guidTitlePairs) {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Global Tech Wire</title><link>https://gtw.example/</link>
                <description>AI and markets</description><ttl>5</ttl>
                """);
        for (int i = 0; i < guidTitlePairs.length; i += 2) {
            String guid = guidTitlePairs[i];
            b.append("<item><guid isPermaLink=\"false\">").append(guid).append("</guid>")
                    .append("<title>").append(guidTitlePairs[i + 1]).append("</title>")
                    .append("<link>").append(base).append("/story/").append(guid).append("?utm_source=rss</link>")
                    .append("<pubDate>Tue, 24 Nov 2026 08:1").append(i % 10).append(":00 +0100</pubDate>")
                    .append("<dc:creator>Jane Reporter</dc:creator>")
                    .append("<description><![CDATA[<p>Officials said the <b>agreement</b> covers compute &amp; chips.</p>"
                            + "<p>Markets reacted.</p>]]></description></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }
}
