package dev.newsdesk.app.chat;

import dev.newsdesk.app.ArticleReader;
import dev.newsdesk.app.Enricher;
import dev.newsdesk.app.Fetcher;
import dev.newsdesk.core.analysis.Analysis;
import dev.newsdesk.core.analysis.impact.Direction;
import dev.newsdesk.core.chat.ImpactBadge;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.StoryView;
import dev.newsdesk.core.item.Article;
import dev.newsdesk.core.item.Hashes;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.source.FetchOutcome;
import dev.newsdesk.core.source.FetchRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code /summary URL} for an article not in the store: the page is fetched as an untrusted request — through the SSRF
 * guard, so a chat can never make the bot reach a private address — its article read out and analysed like any
 * stored item. Nothing is stored: a chat's link is not a source.
 */
public final class FetchedArticlePages implements ArticlePages {
    private final Fetcher fetcher;
    private final ArticleReader reader;
    private final Enricher enricher;
    private final Duration timeout;
    private final Clock clock;

    public FetchedArticlePages(Fetcher fetcher, ArticleReader reader, Enricher enricher, Duration timeout,
                               Clock clock) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.enricher = enricher;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public NewsItem read(String url) throws CommandError {
        FetchOutcome outcome;
        try {
            outcome = fetcher.fetch(FetchRequest.of(url, false)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CommandError("The page at " + url + " did not answer within " + timeout.toSeconds() + " s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandError("Stopped while reading " + url + ".");
        } catch (ExecutionException e) {
            throw new CommandError("Could not read " + url + ": " + e.getCause().getMessage());
        }
        if (outcome instanceof FetchOutcome.Failed f) {
            throw new CommandError("Could not read " + url + ": " + f.message());
        }
        if (!(outcome instanceof FetchOutcome.Fetched page)) {
            throw new CommandError("Could not read " + url + ".");
        }
        Article a = reader.read(page.body(), page.contentType(), page.finalUrl());
        if (a.text().isBlank()) {
            throw new CommandError("There is no article text at " + url + ".");
        }
        Instant now = clock.instant();
        String host = host(page.finalUrl());
        String title = a.title().isBlank() ? host : a.title();
        String id = Hashes.short64(page.finalUrl());
        Item item = new Item(id, "link", page.finalUrl(), null, page.finalUrl(), title, null, now, now, "", a.text(),
                List.of(), null, Hashes.short64(title, a.text()));
        Analysis an = enricher.analyze(item, host);
        Direction d = an.impact().direction();
        List<dev.newsdesk.core.analysis.impact.Sector> sectors = List.copyOf(an.impact().sectors());
        StoryView.Move move = d == Direction.NEUTRAL ? null : new StoryView.Move(d == Direction.POSITIVE,
                sectors.stream().map(dev.newsdesk.core.analysis.impact.Sector::displayName).toList());
        return new NewsItem(id, "link", host, page.finalUrl(), title, an.summary().summary(), a.text(), now, null,
                ImpactBadge.of(d, sectors).orElse(null), move, an.summary().takeaways(), an.summary().watch());
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
