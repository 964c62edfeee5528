package dev.newsdesk.adapter.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.core.item.Dates;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page's article metadata, read before any cleaning, in order of trust: JSON-LD (NewsArticle and kin), then
 * OpenGraph / article: / Twitter meta tags, then plain HTML ({@code <meta name=author>}, {@code <time datetime>},
 * {@code <link rel=canonical>}, {@code <title>}).
 *
 * @param articleBody the JSON-LD articleBody as plain text, or null
 */
record Metadata(String title, String byline, Instant publishedAt, String image, String canonicalUrl, String lang,
                String articleBody) {

    private static final int MAX_FIELD = 2_000;

    /** Reads the metadata of a parsed page; fields the page does not carry are null. */
    static Metadata read(Document doc) {
        JsonNode ld = JsonLd.article(doc);
        String title = first(JsonLd.text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                doc.title());
        List<String> authors = JsonLd.names(ld, "author");
        String byline = !authors.isEmpty() ? String.join(", ", authors)
                : first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "parsely-author"),
                        meta(doc, "sailthru.author"), meta(doc, "dc.creator"), relAuthor(doc));
        if (byline != null && byline.startsWith("http")) {
            byline = null; // article:author is often a profile URL, not a name
        }
        Instant published = Dates.parse(first(JsonLd.text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), meta(doc, "datePublished"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "dc.date"), meta(doc, "date"), timeDatetime(doc)));
        String image = absolute(doc, first(JsonLd.text(ld, "image"), meta(doc, "og:image"),
                meta(doc, "twitter:image"), meta(doc, "twitter:image:src")));
        String canonical = absolute(doc, first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url")));
        String lang = first(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"),
                attr(doc, "meta[http-equiv=content-language]", "content"));
        String body = JsonLd.text(ld, "articleBody");
        if (body != null && body.indexOf('<') >= 0) {
            body = TextRenderer.render(Parser.parseBodyFragment(body, "").body()); // some sites put HTML in it
        }
        return new Metadata(clean(title), clean(byline), published, image, canonical, clean(lang), body);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The content of a meta tag by property, name or itemprop (case-insensitive); null when absent. */
    private static String meta(Document doc, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (Element m : doc.getElementsByTag("meta")) {
            if (k.equals(m.attr("property").toLowerCase(Locale.ROOT)) || k.equals(m.attr("name").toLowerCase(Locale.ROOT))
                    || k.equals(m.attr("itemprop").toLowerCase(Locale.ROOT))) {
                String c = m.attr("content");
                if (!c.isBlank()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String relAuthor(Document doc) {
        Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        return e == null ? null : e.text();
    }

    private static String timeDatetime(Document doc) {
        Element e = doc.selectFirst("time[datetime], [itemprop=datePublished][content]");
        if (e == null) {
            return null;
        }
        return e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
    }

    /** The URL resolved against the page's base; kept as given when it cannot be resolved; null stays null. */
    private static String absolute(Document doc, String url) {
        if (url == null || url.length() > MAX_FIELD) {
            return null;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        String base = doc.baseUri(); // the page URL, or its <base href>
        if (base.isEmpty()) {
            return url;
        }
        try {
            return java.net.URI.create(base).resolve(url.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        // cap before the regex so that a hostile megabyte title costs no more than a normal one
        String c = (s.length() > 4 * MAX_FIELD ? s.substring(0, 4 * MAX_FIELD) : s).replaceAll("\\s+", " ").strip();
        if (c.length() > MAX_FIELD) {
            c = c.substring(0, MAX_FIELD);
        }
        return c.isEmpty() ? null : c;
    }
}
