package dev.newsdesk.app.chat;

import dev.newsdesk.core.analysis.query.MatchDocument;
import dev.newsdesk.core.analysis.query.Query;
import dev.newsdesk.core.analysis.query.QueryException;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The query language of {@code core.analysis.query} for chat. An item's words are worked out once and shared by
 * every query matched against it (subscriptions, topics, searches), in a bounded cache.
 */
public final class StandardQueryLanguage implements QueryLanguage {
    private static final int MAX_DOCS = 20_000;
    private final Map<String, MatchDocument> docs = new ConcurrentHashMap<>();

    @Override
    public Predicate<NewsItem> compile(String query) throws QueryError {
        Query q;
        try {
            q = Query.parse(query);
        } catch (QueryException e) {
            throw new QueryError(e.problem(), Math.max(0, e.position()));
        }
        return item -> q.matches(doc(item));
    }

    private MatchDocument doc(NewsItem it) {
        // the key changes when the item's text does, so an updated item is read afresh
        String key = it.id() + "/" + it.title().length() + "/" + it.summary().length() + "/" + it.text().length();
        MatchDocument d = docs.get(key);
        if (d == null) {
            String text = it.text().isEmpty() || it.text().equals(it.summary()) ? it.summary()
                    : it.summary().isEmpty() ? it.text() : it.summary() + "\n\n" + it.text();
            d = MatchDocument.of(it.title(), text, it.sourceId(), it.sourceName());
            if (docs.size() >= MAX_DOCS) {
                docs.clear();
            }
            docs.put(key, d);
        }
        return d;
    }
}
