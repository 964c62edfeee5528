package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Compiled queries, cached by text: topics and subscriptions are matched again and again. */
public final class Matchers {
    private static final int MAX = 10_000;
    private final QueryLanguage language;
    private final Map<String, Predicate<NewsItem>> cache = new ConcurrentHashMap<>();

    public Matchers(QueryLanguage language) {
        this.language = language;
    }

    public Predicate<NewsItem> compile(String query) throws QueryError {
        Predicate<NewsItem> p = cache.get(query);
        if (p == null) {
            p = language.compile(query);
            if (cache.size() >= MAX) {
                cache.clear();
            }
            cache.put(query, p);
        }
        return p;
    }

    /** A watch term as a query: a phrase, matched whole-word. */
    public Predicate<NewsItem> term(String term) {
        try {
            return compile("\"" + term.replace("\"", "") + "\"");
        } catch (QueryError e) {
            return it -> false;
        }
    }

    /** "what is wrong at position n", with a caret under the query. */
    public static String explain(String query, QueryError e) {
        int at = Math.max(0, Math.min(e.position(), query.length()));
        return "That query does not parse: " + e.getMessage() + " (at character " + (at + 1) + ")\n" + query + "\n"
                + " ".repeat(at) + "^";
    }
}
