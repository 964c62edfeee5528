package dev.newsdesk.core.item;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link ArticleExtractor} reads from one HTML page: the article's main text and its metadata.
 *
 * <p>Only JDK types, so that it can move to {@code dev.newsdesk.core.item} unchanged when the core needs it.
 *
 * @param title        the headline (JSON-LD headline, og:title, or the page title), or null
 * @param byline       the author(s), comma separated, or null
 * @param publishedAt  when it was published, or null when the page does not say (or not readably)
 * @param image        the lead image as an absolute URL where the page's URL allowed resolving it, or null
 * @param canonicalUrl the page's canonical link ({@code <link rel=canonical>}, og:url), absolute, or null
 * @param lang         the page's language tag ({@code <html lang>}, og:locale), or null
 * @param text         the article text, paragraphs separated by a blank line ({@code "\n\n"}); empty, never null,
 *                     when nothing looked like an article
 */
public record Article(String title, String byline, Instant publishedAt, String image, String canonicalUrl,
                      String lang, String text) {

    /** An article with no metadata and no text. */
    public static final Article EMPTY = new Article(null, null, null, null, null, null, "");

    public Article {
        text = text == null ? "" : text;
    }

    /** The paragraphs of {@link #text()}, in order; empty when there is no text. */
    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n\n"));
    }

    /** Whether any article text was found. */
    public boolean hasText() {
        return !text.isEmpty();
    }
}
