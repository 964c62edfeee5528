package dev.newsdesk.adapter.fetch;

import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchOutcome;
import dev.newsdesk.core.source.FetchRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static dev.newsdesk.adapter.fetch.FetchTestSupport.await;
import static dev.newsdesk.adapter.fetch.FetchTestSupport.settings;
import static dev.newsdesk.adapter.fetch.FetchTestSupport.url;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSRF guard end to end. Every server here listens on loopback, and the tests check that refused requests never
 * reach them; refused non-loopback addresses (10.0.0.1, 169.254.169.254) are refused before any connect.
 */
class HttpFetcherSsrfTest {

    private static final String CHAT_ONLY_PUBLIC = "sources added from chat may only reach public addresses";

    private MockWebServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = FetchTestSupport.serverOn("127.0.0.1");
        server.enqueue(new MockResponse().setBody("<rss/>"));
    }

    @AfterEach
    void stop() throws IOException {
        if (fetcher != null) {
            fetcher.close();
        }
        server.shutdown();
    }

    private FetchOutcome.Failed blocked(String url) throws Exception {
        FetchOutcome outcome = await(fetcher.fetch(FetchRequest.of(url, false)));
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
        assertThat(failed.kind()).as(failed.message()).isEqualTo(FailureKind.BLOCKED);
        assertThat(failed.message()).startsWith("fetch: " + url + " ").endsWith(CHAT_ONLY_PUBLIC);
        return failed;
    }

    @Test
    void untrustedRequestsToLoopbackPrivateAndLinkLocalLiteralsAreRefused() throws Exception {
        fetcher = new HttpFetcher(settings().build());

        assertThat(blocked(url(server, "/feed")).message()).contains("a loopback address (127.0.0.1)");
        assertThat(blocked("http://[::1]:" + server.getPort() + "/feed").message())
                .contains("a loopback address (0:0:0:0:0:0:0:1)");
        assertThat(blocked("http://10.0.0.1/feed").message()).isEqualTo("fetch: http://10.0.0.1/feed points to "
                + "a private network address (10.0.0.1); " + CHAT_ONLY_PUBLIC);
        assertThat(blocked("http://169.254.169.254/latest/meta-data/").message())
                .contains("link-local", "169.254.169.254");
        // OkHttp canonicalises the IPv4-mapped literal to its IPv4 form, which the message then names
        assertThat(await(fetcher.fetch(FetchRequest.of("http://[::ffff:192.168.0.1]/", false))))
                .isEqualTo(FetchOutcome.Failed.of(FailureKind.BLOCKED, "fetch: http://192.168.0.1/ points to "
                        + "a private network address (192.168.0.1); " + CHAT_ONLY_PUBLIC));
        assertThat(blocked("http://0.0.0.0:" + server.getPort() + "/").message()).contains("unspecified");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aHostNameThatResolvesToLoopbackIsRefused() throws Exception {
        fetcher = new HttpFetcher(settings().build(), FetchTestSupport.hosts(Map.of("evil.test", "127.0.0.1")),
                new SsrfGuard());

        String url = "http://evil.test:" + server.getPort() + "/feed";
        assertThat(blocked(url).message())
                .contains("is refused because evil.test points to a loopback address (127.0.0.1)");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRedirectFromAPublicHostToAPrivateOneIsRefusedBeforeConnecting() throws Exception {
        // 127.0.0.1 plays the public site; 127.0.0.2 is a loopback address like any other and must stay refused
        MockWebServer inner = FetchTestSupport.serverOn("127.0.0.2");
        try {
            inner.enqueue(new MockResponse().setBody("secret"));
            fetcher = new HttpFetcher(settings().build(),
                    FetchTestSupport.hosts(Map.of("public.test", "127.0.0.1", "evil.test", "127.0.0.2")),
                    FetchTestSupport.guardTreatingLocalhostAsPublic());
            String innerUrl = "http://127.0.0.2:" + inner.getPort() + "/admin";
            server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", innerUrl));
            server.enqueue(new MockResponse().setResponseCode(302)
                    .setHeader("Location", "http://evil.test:" + inner.getPort() + "/admin"));
            server.enqueue(new MockResponse().setResponseCode(301)
                    .setHeader("Location", "http://10.0.0.1/latest/meta-data/"));

            // the "public" first hop itself is fine
            assertThat(await(fetcher.fetch(FetchRequest.of("http://public.test:" + server.getPort() + "/ok", false))))
                    .isInstanceOf(FetchOutcome.Fetched.class);

            assertThat(blocked(url(server, "/to-literal")).message())
                    .contains("because its redirect to " + innerUrl + " points to a loopback address (127.0.0.2)");
            assertThat(blocked("http://public.test:" + server.getPort() + "/to-name").message())
                    .contains("because evil.test points to a loopback address (127.0.0.2)");
            assertThat(blocked(url(server, "/to-private")).message())
                    .contains("its redirect to http://10.0.0.1/latest/meta-data/ points to a private network address");

            assertThat(server.getRequestCount()).isEqualTo(4);
            assertThat(inner.getRequestCount()).isZero();
        } finally {
            inner.shutdown();
        }
    }

    @Test
    void trustedRequestsReachLoopback() throws Exception {
        fetcher = new HttpFetcher(settings().build(), FetchTestSupport.hosts(Map.of("public.test", "127.0.0.1")),
                new SsrfGuard());
        server.enqueue(new MockResponse().setBody("<rss/>"));

        assertThat(await(fetcher.fetch(FetchRequest.of(url(server, "/feed"), true))))
                .isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(await(fetcher.fetch(FetchRequest.of("http://public.test:" + server.getPort() + "/feed", true))))
                .isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void allowPrivateNetworksLetsUntrustedRequestsReachLoopback() throws Exception {
        fetcher = new HttpFetcher(settings().allowPrivate(true).build());

        assertThat(await(fetcher.fetch(FetchRequest.of(url(server, "/feed"), false))))
                .isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void anUntrustedRequestNeverReusesAConnectionATrustedOneOpened() throws Exception {
        // A host name, not a literal: the early URL check lets it pass, and OkHttp looks in the pool BEFORE it asks
        // Dns, so only keeping the two clients' pooled connections apart stops reuse of the trusted connection.
        fetcher = new HttpFetcher(settings().build(), FetchTestSupport.hosts(Map.of("intranet.test", "127.0.0.1")),
                new SsrfGuard());
        server.enqueue(new MockResponse().setBody("<rss/>"));
        String base = "http://intranet.test:" + server.getPort();

        assertThat(await(fetcher.fetch(FetchRequest.of(base + "/trusted", true))))
                .isInstanceOf(FetchOutcome.Fetched.class);
        // the trusted keep-alive connection to intranet.test sits in the shared pool now
        assertThat(blocked(base + "/untrusted").message()).contains("intranet.test points to a loopback address");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
