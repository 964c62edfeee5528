package dev.newsdesk.app;

import dev.newsdesk.core.item.Article;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.item.ItemNormalizer;
import dev.newsdesk.core.item.TeaserDetector;
import dev.newsdesk.core.source.FetchOutcome;
import dev.newsdesk.core.source.FetchRequest;
import dev.newsdesk.core.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;

/**
 * Gives teaser items (a few words and "Read more") their article's full text, read from the article page with the
 * polite fetcher. The caller passes only new or changed items; at most {@code maxPagesPerPoll} pages are fetched per
 * source and poll (a feed of fifty teasers must not become fifty requests to one site at once), and pages are
 * remembered by URL so that the same article from two outlets is fetched once.
 *
 * <p>The item keeps the content hash of its feed version: the feed will keep sending the teaser, and that must
 * read as "unchanged", not as an update that replaces the full text with the teaser again.
 */
public final class ArticleCompleter {
    private static final Logger log = LoggerFactory.getLogger(ArticleCompleter.class);

    private final Fetcher fetcher;
    private final ArticleReader reader;
    private final int maxPagesPerPoll;
    private final ConcurrentMap<String, String> pages;

    /**
     * @param pages article texts by URL, bounded by the caller (an empty string remembers "no article there")
     */
    public ArticleCompleter(Fetcher fetcher, ArticleReader reader, int maxPagesPerPoll,
                            ConcurrentMap<String, String> pages) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.maxPagesPerPoll = maxPagesPerPoll;
        this.pages = pages;
    }

    /** The items (new or changed ones), teasers replaced by full-text versions where their page had one. */
    public CompletableFuture<List<Item>> complete(Source source, List<Item> changed) {
        if (maxPagesPerPoll <= 0 || changed.isEmpty()) {
            return CompletableFuture.completedFuture(changed);
        }
        List<Integer> teasers = new ArrayList<>();
        for (int i = 0; i < changed.size() && teasers.size() < maxPagesPerPoll; i++) {
            Item it = changed.get(i);
            if (it.url() != null && TeaserDetector.isTeaser(it.title(), it.text())) {
                teasers.add(i);
            }
        }
        if (teasers.isEmpty()) {
            return CompletableFuture.completedFuture(changed);
        }
        List<Item> out = new ArrayList<>(changed);
        List<CompletableFuture<Void>> fetches = new ArrayList<>();
        for (int i : teasers) {
            Item it = changed.get(i);
            fetches.add(text(it.url(), source.trusted()).thenAccept(text -> {
                if (!text.isEmpty() && text.length() > it.text().length()) {
                    synchronized (out) {
                        out.set(i, withText(it, text));
                    }
                }
            }));
        }
        return CompletableFuture.allOf(fetches.toArray(new CompletableFuture<?>[0])).thenApply(v -> out);
    }

    private CompletableFuture<String> text(String url, boolean trusted) {
        String cached = pages.get(url);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return fetcher.fetch(FetchRequest.of(url, trusted)).thenApply(outcome -> {
            String text = "";
            if (outcome instanceof FetchOutcome.Fetched f) {
                try {
                    Article a = reader.read(f.body(), f.contentType(), f.finalUrl());
                    text = a.text().length() > ItemNormalizer.MAX_TEXT
                            ? a.text().substring(0, ItemNormalizer.MAX_TEXT) : a.text();
                } catch (RuntimeException e) {
                    log.warn("article url={} could not be read: {}", url, e.toString());
                }
            } else if (outcome instanceof FetchOutcome.Failed failed) {
                log.info("article url={} not fetched: {}", url, failed.message());
            }
            pages.put(url, text);
            return text;
        });
    }

    private static Item withText(Item it, String text) {
        return new Item(it.id(), it.sourceId(), it.key(), it.guid(), it.url(), it.title(), it.author(),
                it.publishedAt(), it.fetchedAt(), it.summary(), text, it.categories(), it.imageUrl(),
                it.contentHash());
    }
}
