package dev.newsdesk.adapter.extract;

import dev.newsdesk.core.item.Article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static final String PARAS = """
            <p>The central bank raised its key interest rate by half a point on Tuesday, the largest increase in two
            decades, saying inflation had proved more stubborn than expected, and signalled further moves.</p>
            <p>Markets had expected the move, but the tone of the statement, which spoke of risks to the economy, was
            sharper than analysts had forecast, and bond yields rose across the curve in early trading.</p>
            <h2>What comes next</h2>
            <p>Economists said the bank would probably pause in the summer, when the effect of earlier increases on
            mortgages, loans and business investment becomes clearer, before deciding on its next step.</p>
            """;

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>"
                + "<header><nav><a href=/>Home</a> <a href=/world>World</a> <a href=/markets>Markets</a></nav></header>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
                + "<main><article><h1>Bank raises rates</h1>"
                + "<div class=\"share-bar\"><a href=#>Share on Facebook</a> <a href=#>Share on X</a></div>"
                + "<div class=\"article-body\">" + article + "</div>"
                + "<div class=\"related-links\"><h3>Related</h3><ul><li><a href=/a>Another story about banks</a></li>"
                + "<li><a href=/b>Yet another story about the economy</a></li></ul></div>"
                + "</article></main>"
                + "<aside class=sidebar><p>Most read: a long list of the things people read most today, with commas,"
                + " many, many commas, and more text than a paragraph needs.</p></aside>"
                + "<footer><p>Copyright 2024 Example News. All rights reserved, everywhere, always.</p></footer>"
                + "<script>var tracking = 'The central bank raised its key interest rate';</script>"
                + "</body></html>";
    }

    @Test
    void keepsTheArticleAndDropsTheFurniture() {
        Article a = EXTRACTOR.extract(page("<title>Bank raises rates | Example</title>", PARAS), null);

        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0)).startsWith("The central bank raised its key interest rate");
        assertThat(a.paragraphs().get(2)).isEqualTo("What comes next");
        assertThat(a.text()).doesNotContain("Home", "cookies", "Share on", "Another story", "Most read", "Copyright",
                "tracking", "Bank raises rates\n");
        assertThat(a.text()).doesNotContain("\n\n\n").doesNotStartWith(" ");
        assertThat(a.title()).isEqualTo("Bank raises rates | Example");
        assertThat(a.lang()).isEqualTo("en");
    }

    @Test
    void readsOpenGraphAndHtmlMetadataAndResolvesRelativeLinks() {
        String head = "<meta property=\"og:title\" content=\"Bank raises rates\">"
                + "<meta name=\"author\" content=\"Jane Doe\">"
                + "<meta property=\"og:image\" content=\"/img/bank.jpg\">"
                + "<link rel=\"canonical\" href=\"/news/bank-raises-rates\">";
        String body = PARAS + "<p>Published <time datetime=\"2024-03-05T08:30:00Z\">5 March</time>.</p>";

        Article a = EXTRACTOR.extract(page(head, body), "https://news.example.com/news/bank-raises-rates?utm=x");

        assertThat(a.title()).isEqualTo("Bank raises rates");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.image()).isEqualTo("https://news.example.com/img/bank.jpg");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.com/news/bank-raises-rates");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    }

    @Test
    void jsonLdWinsForMetadataAndStandsInForAMissingBody() {
        String head = """
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example News"},
                  {"@type": ["NewsArticle"], "headline": "Rates up again",
                   "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
                   "datePublished": "2024-03-05T09:00:00+01:00", "image": {"@type": "ImageObject", "url": "/i.jpg"},
                   "articleBody": "The bank raised rates again.\\nIt said more may follow, as prices keep rising."}
                ]}
                </script>
                <script type="application/ld+json">{ broken json</script>
                <meta property="og:title" content="Not this one">""";
        // the page's markup holds no article at all: rendered by script
        String html = "<html><head>" + head + "</head><body><div id=app></div></body></html>";

        Article a = EXTRACTOR.extract(html, "https://example.com/a/1");

        assertThat(a.title()).isEqualTo("Rates up again");
        assertThat(a.byline()).isEqualTo("Ann Lee, Bo Chan");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
        assertThat(a.image()).isEqualTo("https://example.com/i.jpg");
        assertThat(a.text()).isEqualTo("The bank raised rates again.\n\nIt said more may follow, as prices keep rising.");
    }

    @Test
    void hiddenElementsAndCommentsAreNotText() {
        String body = PARAS + "<p style=\"display: none\">Secret hidden text that must not appear anywhere.</p>"
                + "<p hidden>Another hidden paragraph that must not appear.</p><!-- a comment, not text -->";

        Article a = EXTRACTOR.extract(page("", body), null);

        assertThat(a.text()).doesNotContain("hidden", "comment");
    }

    @Test
    void siteRulesPickTheContentAndDropWhatTheyName() {
        SiteRules rules = SiteRules.parse(json("""
                {"rules": [{"domains": ["example.org"], "content": [".story"], "drop": [".story .ad"]}]}"""));
        String html = "<html><body><div class=story><p>Short text the scorer might skip.</p>"
                + "<div class=ad>Buy now, buy now, buy now, buy now, buy now, buy now, buy now.</div></div>"
                + "<div class=content>" + PARAS + "</div></body></html>";

        Article a = new ArticleExtractor(rules).extract(html, "https://www.example.org/x");
        Article other = new ArticleExtractor(rules).extract(html, "https://example.com/x");

        assertThat(a.text()).isEqualTo("Short text the scorer might skip.");
        assertThat(other.text()).contains("central bank"); // no rule for example.com: the scorer decides
    }

    @Test
    void aBadSiteRuleFailsAtLoadNamingItsDomain() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SiteRules.parse(json("""
                {"rules": [{"domains": ["bad.example"], "content": ["div[[["]}]}""")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.example");
    }

    @Test
    void theBundledRulesLoad() {
        assertThat(SiteRules.bundled().size()).isPositive();
    }

    @Test
    void nothingToReadGivesEmptyTextNotNull() {
        assertThat(EXTRACTOR.extract(null, null)).isEqualTo(Article.EMPTY);
        assertThat(EXTRACTOR.extract("   ", "https://x.example/")).isEqualTo(Article.EMPTY);
        Article a = EXTRACTOR.extract("<html><head><title>T</title></head></html>", "not a url at all");
        assertThat(a.text()).isEmpty();
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.title()).isEqualTo("T");
    }

    @Test
    void hostileInputNeitherCrashesNorHangs() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            // 5 MB of nested divs
            String nested = "<div>".repeat(1_000_000) + "deep text" + "</div>".repeat(10);
            assertThat(EXTRACTOR.extract(nested, null).text()).isNotNull();
            // deeply nested tables
            String tables = "<table><tr><td>".repeat(50_000) + "cell" + PARAS;
            assertThat(EXTRACTOR.extract(tables, null).text()).isNotNull();
            // no body, only text
            assertThat(EXTRACTOR.extract("just some words, no markup at all", null).text()).isNotNull();
            // binary garbage
            byte[] bytes = new byte[2_000_000];
            new Random(42).nextBytes(bytes);
            assertThat(EXTRACTOR.extract(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), null))
                    .isNotNull();
            // a huge attribute and a huge JSON-LD
            String attrs = "<div class=\"" + "x".repeat(3_000_000) + "\">" + PARAS + "</div>";
            assertThat(EXTRACTOR.extract(attrs, null).text()).contains("central bank");
            String ld = "<script type=application/ld+json>" + "[".repeat(100_000) + "</script>" + PARAS;
            assertThat(EXTRACTOR.extract(ld, null).text()).contains("central bank");
        });
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String html = page("<title>T</title>", PARAS);
        String expected = EXTRACTOR.extract(html, null).text();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> EXTRACTOR.extract(html, null).text()));
            }
            for (java.util.concurrent.Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
