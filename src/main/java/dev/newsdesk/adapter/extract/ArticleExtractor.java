package dev.newsdesk.adapter.extract;

import dev.newsdesk.core.item.Article;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Full-text article extraction from one HTML page: the main text (readability-style scoring over jsoup's DOM, with
 * per-site rules kept as data and the page's JSON-LD articleBody as a cross-check) and the article's metadata.
 *
 * <p>Thread-safe: one instance serves any number of threads (the rules are loaded once and immutable; every call
 * parses its own DOM). Hostile input never throws or hangs: the input is capped at {@value #MAX_CHARS} characters,
 * nesting deeper than {@value DepthLimiter#MAX_DEPTH} levels is flattened into text, and every step is linear.
 */
public final class ArticleExtractor {

    /** Characters of HTML read; the rest of a larger page is ignored. */
    public static final int MAX_CHARS = 8_000_000;

    private final SiteRules rules;

    /** An extractor with the bundled site rules ({@code /extract/site-rules.json}). */
    public ArticleExtractor() {
        this(SiteRules.bundled());
    }

    ArticleExtractor(SiteRules rules) {
        this.rules = rules;
    }

    /**
     * Extracts the article of a page.
     *
     * @param html the page (null or blank gives {@link Article#EMPTY})
     * @param url  the page's URL, or null: the base for relative links (image, canonical) and the key of the site
     *             rules; without it the page's canonical link picks the site rule
     * @return the article; its text is empty (never null) when the page holds nothing that reads as an article, and
     *         metadata the page does not carry is null
     */
    public Article extract(String html, String url) {
        if (html == null || html.isBlank()) {
            return Article.EMPTY;
        }
        String input = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        Document doc = Jsoup.parse(input, url == null ? "" : url);
        DepthLimiter.flatten(doc);
        Metadata meta = Metadata.read(doc);
        SiteRule rule = rules.forUrl(url != null ? url : meta.canonicalUrl());
        String text = mainText(doc, input, url, rule, meta);
        return new Article(meta.title(), meta.byline(), meta.publishedAt(), meta.image(), meta.canonicalUrl(),
                meta.lang(), text);
    }

    /** Below this many letters the first pass is suspected of having cut too much, and a lenient pass runs too. */
    static final int SHORT_TEXT = 500;

    private static String mainText(Document doc, String html, String url, SiteRule rule, Metadata meta) {
        String text = mainText(doc, rule, meta, true);
        if (BodyChoice.letters(text) < SHORT_TEXT && html.length() < MAX_CHARS / 4) {
            // as Readability does: a short result may mean the class-name filter removed the article; try without
            // it on a fresh DOM and keep the longer text (only short results pay for the second parse)
            Document again = Jsoup.parse(html, url == null ? "" : url);
            DepthLimiter.flatten(again);
            String lenient = mainText(again, rule, meta, false);
            if (BodyChoice.letters(lenient) > BodyChoice.letters(text)) {
                text = lenient;
            }
        }
        return BodyChoice.choose(text, meta.articleBody());
    }

    private static String mainText(Document doc, SiteRule rule, Metadata meta, boolean strict) {
        Element body = doc.body();
        for (String css : rule.drop()) {
            body.select(css).remove();
        }
        Element content = new Element("div");
        List<Element> parts = bySiteRule(body, rule);
        Boilerplate.strip(body, strict);
        if (parts.isEmpty()) {
            parts = ContentFinder.find(body);
        }
        if (parts.isEmpty()) {
            parts = List.of(body); // no paragraph long enough to score: a tiny page is all article
        }
        for (Element p : parts) {
            content.appendChild(p); // moves it out of the page: the page is ours and not used again
        }
        ContentCleaner.clean(content, meta.title());
        return TextRenderer.render(content);
    }

    /** The elements a site rule names as the article (outermost only, in document order); empty when none match. */
    private static List<Element> bySiteRule(Element body, SiteRule rule) {
        for (String css : rule.content()) {
            Elements found = body.select(css);
            if (!found.isEmpty()) {
                return found.stream().filter(e -> e.parents().stream().noneMatch(found::contains)).toList();
            }
        }
        return List.of();
    }
}
