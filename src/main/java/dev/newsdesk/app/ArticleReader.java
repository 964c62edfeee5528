package dev.newsdesk.app;

import dev.newsdesk.core.item.Article;

/** Reads the article out of a fetched web page. */
public interface ArticleReader {

    /**
     * @param body        the page as fetched
     * @param contentType the HTTP Content-Type (its charset is honoured), or null
     * @param url         the page's URL after redirects
     * @return the article; {@link Article#EMPTY} when the page holds none
     */
    Article read(byte[] body, String contentType, String url);
}
