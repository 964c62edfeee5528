package dev.newsdesk.app.chat;

import dev.newsdesk.adapter.extract.ArticleExtractor;
import dev.newsdesk.adapter.extract.PageArticleReader;
import dev.newsdesk.adapter.fetch.HttpFetcher;
import dev.newsdesk.app.Enricher;
import dev.newsdesk.config.FetchSettings;
import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.Lexicon;
import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import dev.newsdesk.core.analysis.topic.TopicClassifier;
import dev.newsdesk.core.analysis.watch.WatchMatcher;
import dev.newsdesk.core.chat.NewsItem;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code /summary URL} for a page not stored: read through the real fetcher, its SSRF guard and the extractor. */
class FetchedArticlePagesTest {
    private static final String PAGE = "<html><head><title>Chip makers sign AI pact</title></head><body>"
            + "<nav>Home · World · Markets</nav><article><h1>Chip makers sign AI pact</h1>"
            + "<p>Five chip makers signed a pact on Tuesday to pool research on AI accelerators.</p>"
            + "<p>Shares of the group rose 4% as investors welcomed the alliance.</p>"
            + "<p>Regulators will review the deal by March, the companies said.</p></article></body></html>";
    private MockWebServer server;
    private final ExtractiveSummarizer extractive = new ExtractiveSummarizer();
    private final Enricher enricher = new Enricher(extractive, extractive, TopicClassifier.parse(Map.of(
            "ai-alliances", "(alliance OR pact) AND (AI OR chips)")), WatchMatcher.of(List.of()),
            new ImpactAnalyzer(Lexicon.builtIn()), Clock.systemUTC());

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private FetchedArticlePages pages(boolean allowPrivate) {
        FetchSettings d = FetchSettings.defaults();
        FetchSettings s = new FetchSettings(allowPrivate, Duration.ofSeconds(5), Duration.ofSeconds(2),
                Duration.ofSeconds(3), d.maxBody(), d.maxRedirects(), 2, 1, d.userAgent(), d.minInterval(),
                d.maxBackoff(), d.articlePagesPerPoll());
        return new FetchedArticlePages(new HttpFetcher(s), new PageArticleReader(new ArticleExtractor()), enricher,
                Duration.ofSeconds(5), Clock.systemUTC());
    }

    @Test
    void aChatCannotMakeTheBotReadAPrivateAddress() {
        server.enqueue(new MockResponse().setBody(PAGE).setHeader("Content-Type", "text/html"));
        String url = server.url("/story").toString();
        assertThatThrownBy(() -> pages(false).read(url)).isInstanceOf(CommandError.class)
                .hasMessageContaining("Could not read " + url);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aPublicPageIsReadAndAnalysedWithoutBeingStored() throws Exception {
        // the operator allows private networks here only because the test server is on loopback
        server.enqueue(new MockResponse().setBody(PAGE).setHeader("Content-Type", "text/html; charset=utf-8"));
        NewsItem it = pages(true).read(server.url("/story").toString());
        assertThat(it.title()).isEqualTo("Chip makers sign AI pact");
        assertThat(it.summary()).contains("Five chip makers signed a pact");
        assertThat(it.takeaways()).isNotEmpty();
        assertThat(it.watch()).anyMatch(w -> w.contains("Regulators will review the deal by March"));
        assertThat(it.sourceName()).isEqualTo(server.url("/").host());
    }

    @Test
    void aPageWithoutAnArticleOrThatFailsIsExplained() {
        server.enqueue(new MockResponse().setResponseCode(404));
        assertThatThrownBy(() -> pages(true).read(server.url("/gone").toString()))
                .isInstanceOf(CommandError.class).hasMessageContaining("404");
        server.enqueue(new MockResponse().setBody("<html><body></body></html>").setHeader("Content-Type",
                "text/html"));
        assertThatThrownBy(() -> pages(true).read(server.url("/empty").toString()))
                .isInstanceOf(CommandError.class).hasMessageContaining("no article text");
    }
}
