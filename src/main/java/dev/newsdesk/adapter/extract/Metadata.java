package dev.newsdesk.adapter.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.core.item.Dates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
        Found f = Found.in(doc);
        Map<String, String> metas = f.metas;
        JsonNode ld = JsonLd.article(f.jsonLd);
        String title = first(JsonLd.text(ld, "headline"), meta(metas, "og:title"), meta(metas, "twitter:title"),
                doc.title());
        List<String> authors = JsonLd.names(ld, "author");
        String byline = !authors.isEmpty() ? String.join(", ", authors)
                : first(meta(metas, "author"), meta(metas, "article:author"), meta(metas, "parsely-author"),
                        meta(metas, "sailthru.author"), meta(metas, "dc.creator"), f.author);
        if (byline != null && byline.startsWith("http")) {
            byline = null; // article:author is often a profile URL, not a name
        }
        Instant published = Dates.parse(first(JsonLd.text(ld, "datePublished"), meta(metas, "article:published_time"),
                meta(metas, "og:published_time"), meta(metas, "datepublished"), meta(metas, "pubdate"),
                meta(metas, "publishdate"), meta(metas, "dc.date"), meta(metas, "date"), f.time));
        String image = absolute(doc, first(JsonLd.text(ld, "image"), meta(metas, "og:image"),
                meta(metas, "twitter:image"), meta(metas, "twitter:image:src")));
        String canonical = absolute(doc, first(f.canonical, meta(metas, "og:url")));
        Element html = doc.selectFirst("html");
        String lang = first(html == null ? null : html.attr("lang"), meta(metas, "og:locale"), f.contentLanguage);
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

    /** The content of a meta tag by property, name or itemprop (lower case); null when absent. */
    private static String meta(Map<String, String> metas, String key) {
        return metas.get(key);
    }

    /** Everything metadata is read from, gathered in one walk over the page. */
    private static final class Found implements NodeVisitor {
        /** Each meta tag's first non-blank content by its lower-cased property, name and itemprop. */
        final Map<String, String> metas = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        String canonical;
        String author;
        String time;
        String contentLanguage;

        static Found in(Document doc) {
            Found f = new Found();
            NodeTraversor.traverse(f, doc);
            return f;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> meta(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json") && jsonLd.size() < 20) {
                        jsonLd.add(e.data());
                    }
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = e.attr("href");
                    }
                }
                case "time" -> {
                    if (time == null && e.hasAttr("datetime")) {
                        time = e.attr("datetime");
                    }
                }
                default -> { }
            }
            if (author == null && (e.attr("rel").equals("author") || e.attr("itemprop").equals("author"))) {
                Element name = e.selectFirst("[itemprop=name]");
                author = (name != null ? name : e).text();
            }
            if (time == null && e.attr("itemprop").equals("datePublished") && e.hasAttr("content")) {
                time = e.attr("content");
            }
        }

        private void meta(Element m) {
            String c = m.attr("content");
            if (c.isBlank()) {
                return;
            }
            if (contentLanguage == null && m.attr("http-equiv").equalsIgnoreCase("content-language")) {
                contentLanguage = c;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String k = m.attr(key);
                if (!k.isEmpty() && k.length() < 100) {
                    metas.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
        }
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
