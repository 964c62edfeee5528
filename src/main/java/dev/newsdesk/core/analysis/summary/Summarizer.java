package dev.newsdesk.core.analysis.summary;

/**
 * Summarises one article. The extractive summariser and the language-model one both implement it, so the enrichment
 * does not care which is configured.
 */
public interface Summarizer {
    /**
     * The summary, takeaways and what to watch of an article.
     *
     * @param contentHash identifies the text (the item's content hash); lets an implementation remember results, so
     *                    that an article is never summarised twice. May be null or empty: then nothing is remembered
     * @param title       the headline, or null or empty when there is none
     * @param text        the article's plain text, paragraphs separated by blank lines
     * @return never null; {@link Summary#empty()} for a text without sentences. Never throws for odd input
     */
    Summary summarize(String contentHash, String title, String text);
}
