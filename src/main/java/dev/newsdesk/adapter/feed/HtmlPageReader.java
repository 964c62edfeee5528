package dev.newsdesk.adapter.feed;

import dev.newsdesk.core.item.Dates;
import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.ParsedFeed;
import dev.newsdesk.core.source.Selectors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Reads an HTML page without a feed with a source's CSS selectors: {@code item} selects each entry; title, link, date
 * and summary are looked up inside it. Links are resolved against the page URL (and its {@code <base href>}).
 */
final class HtmlPageReader {

    /**
     * @throws Selector.SelectorParseException when a selector is not valid CSS
     */
    ParsedFeed read(byte[] body, String contentType, String baseUrl, Selectors sel) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), BodyText.charsetParam(contentType),
                    baseUrl == null ? "" : baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: reading from memory
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (Element item : doc.select(sel.item())) {
            FeedEntry e = entry(item, sel);
            if (e != null) {
                entries.add(e);
            }
        }
        String title = HtmlText.line(doc.title());
        return new ParsedFeed("html", title, baseUrl, null, entries);
    }

    private static FeedEntry entry(Element item, Selectors sel) {
        Element linkEl = sel.link() != null ? item.selectFirst(sel.link()) : null;
        if (linkEl != null && !linkEl.hasAttr("href")) {
            Element a = linkEl.selectFirst("a[href]");
            linkEl = a != null ? a : linkEl;
        }
        if (linkEl == null) {
            linkEl = item.is("a[href]") ? item : item.selectFirst("a[href]");
        }
        String link = null;
        if (linkEl != null && linkEl.hasAttr("href")) {
            link = linkEl.absUrl("href");
            if (link.isEmpty()) {
                link = linkEl.attr("href").trim();
            }
        }
        String title = null;
        if (sel.title() != null) {
            Element t = item.selectFirst(sel.title());
            title = t == null ? null : HtmlText.plainLine(t.text());
        }
        if (title == null && linkEl != null) {
            title = HtmlText.plainLine(linkEl.text());
        }
        if (title == null && link == null) {
            return null;
        }
        Instant published = sel.date() == null ? null : date(item.selectFirst(sel.date()));
        String summary = null;
        if (sel.summary() != null) {
            Element s = item.selectFirst(sel.summary());
            summary = s == null ? null : HtmlText.text(s.html());
        }
        return new FeedEntry(null, title, link, published, null, null, summary, null, List.of(), image(item));
    }

    /** The {@code datetime} of a {@code <time>} (the element or one inside it), else the element's text. */
    private static Instant date(Element e) {
        if (e == null) {
            return null;
        }
        Element time = e.is("time[datetime]") ? e : e.selectFirst("time[datetime]");
        if (time != null) {
            Instant t = Dates.parse(time.attr("datetime"));
            if (t != null) {
                return t;
            }
        }
        if (e.hasAttr("datetime")) {
            Instant t = Dates.parse(e.attr("datetime"));
            if (t != null) {
                return t;
            }
        }
        return Dates.parse(e.text());
    }

    private static String image(Element item) {
        Element img = item.selectFirst("img[src]");
        if (img == null) {
            return null;
        }
        String src = img.absUrl("src");
        return src.isEmpty() ? null : src;
    }
}
