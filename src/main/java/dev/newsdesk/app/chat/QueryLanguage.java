package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;

import java.util.function.Predicate;

/** Compiles queries of the query language (subscriptions, topics, search). */
public interface QueryLanguage {

    /**
     * A predicate matching items.
     *
     * @throws QueryError for a malformed query, with the position
     */
    Predicate<NewsItem> compile(String query) throws QueryError;
}
