package dev.newsdesk.adapter.fetch;

import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchOutcome;
import dev.newsdesk.core.source.FetchRequest;
import okhttp3.Dns;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import static dev.newsdesk.adapter.fetch.FetchTestSupport.await;
import static dev.newsdesk.adapter.fetch.FetchTestSupport.settings;
import static dev.newsdesk.adapter.fetch.FetchTestSupport.url;
import static org.assertj.core.api.Assertions.assertThat;

/** The fetcher against real loopback servers: trusted requests, so the SSRF guard stays out of the way here. */
class HttpFetcherTest {

    private static final String RSS = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    private MockWebServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = FetchTestSupport.serverOn("127.0.0.1");
    }

    @AfterEach
    void stop() throws IOException {
        if (fetcher != null) {
            fetcher.close();
        }
        server.shutdown();
    }

    private HttpFetcher fetcher(FetchTestSupport.Settings s) {
        fetcher = new HttpFetcher(s.build());
        return fetcher;
    }

    private FetchOutcome get(String path) throws Exception {
        return await(fetcher.fetch(FetchRequest.of(url(server, path), true)));
    }

    @Test
    void fetchesABodyWithHeadersAndSendsUserAgentAndAccept() throws Exception {
        fetcher(settings());
        server.enqueue(new MockResponse().setBody(RSS).setHeader("Content-Type", "application/rss+xml")
                .setHeader("ETag", "\"v1\"").setHeader("Last-Modified", "Sat, 01 Mar 2025 10:00:00 GMT")
                .setHeader("Cache-Control", "max-age=900"));

        FetchOutcome outcome = get("/feed.xml");

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.status()).isEqualTo(200);
            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
            assertThat(f.finalUrl()).isEqualTo(url(server, "/feed.xml"));
            assertThat(f.contentType()).isEqualTo("application/rss+xml");
            assertThat(f.etag()).isEqualTo("\"v1\"");
            assertThat(f.lastModified()).isEqualTo("Sat, 01 Mar 2025 10:00:00 GMT");
            assertThat(f.maxAge()).isEqualTo(Duration.ofMinutes(15));
        });
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("User-Agent")).isEqualTo(FetchTestSupport.USER_AGENT);
        assertThat(request.getHeader("Accept")).isEqualTo(HttpFetcher.ACCEPT).contains("application/rss+xml");
        assertThat(request.getHeader("If-None-Match")).isNull();
        assertThat(request.getHeader("If-Modified-Since")).isNull();
    }

    @Test
    void conditionalGetWithEtagGetsNotModified() throws Exception {
        fetcher(settings());
        server.enqueue(new MockResponse().setBody(RSS).setHeader("ETag", "\"abc\""));
        server.enqueue(new MockResponse().setResponseCode(304).setHeader("ETag", "\"abc\"")
                .setHeader("Cache-Control", "max-age=60"));

        FetchOutcome.Fetched first = (FetchOutcome.Fetched) get("/feed");
        FetchOutcome second = await(fetcher.fetch(
                new FetchRequest(url(server, "/feed"), first.etag(), first.lastModified(), true)));

        assertThat(second).isEqualTo(new FetchOutcome.NotModified("\"abc\"", null, Duration.ofSeconds(60)));
        server.takeRequest();
        assertThat(server.takeRequest().getHeader("If-None-Match")).isEqualTo("\"abc\"");
    }

    @Test
    void conditionalGetWithLastModifiedGetsNotModified() throws Exception {
        fetcher(settings());
        String lm = "Sat, 01 Mar 2025 10:00:00 GMT";
        server.enqueue(new MockResponse().setBody(RSS).setHeader("Last-Modified", lm));
        server.enqueue(new MockResponse().setResponseCode(304));

        FetchOutcome.Fetched first = (FetchOutcome.Fetched) get("/feed");
        FetchOutcome second = await(fetcher.fetch(new FetchRequest(url(server, "/feed"), null, lm, true)));

        assertThat(first.lastModified()).isEqualTo(lm);
        assertThat(second).isEqualTo(new FetchOutcome.NotModified(null, null, null));
        server.takeRequest();
        RecordedRequest conditional = server.takeRequest();
        assertThat(conditional.getHeader("If-Modified-Since")).isEqualTo(lm);
        assertThat(conditional.getHeader("If-None-Match")).isNull();
    }

    @Test
    void aStoredValidatorThatCannotBeSentIsDroppedAndTheFeedFetchedInFull() throws Exception {
        fetcher(settings());
        server.enqueue(new MockResponse().setBody(RSS));

        FetchOutcome outcome = await(fetcher.fetch(new FetchRequest(url(server, "/feed"), "\"caf\u00e9\"",
                "Sat, 01 Mar 2025 10:00:00 GMT", true)));

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("If-None-Match")).isNull();
        assertThat(request.getHeader("If-Modified-Since")).isEqualTo("Sat, 01 Mar 2025 10:00:00 GMT");
    }

    @Test
    void followsFiveRedirectsIncludingRelativeOnesAndReportsTheFinalUrl() throws Exception {
        fetcher(settings());
        server.enqueue(redirect(301, url(server, "/r1")));
        server.enqueue(redirect(302, "/r2"));
        server.enqueue(redirect(303, "r3"));
        server.enqueue(redirect(307, "../r4?x=1"));
        server.enqueue(redirect(308, "/final.xml"));
        server.enqueue(new MockResponse().setBody(RSS));

        FetchOutcome outcome = get("/start");

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                f -> assertThat(f.finalUrl()).isEqualTo(url(server, "/final.xml")));
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            paths.add(server.takeRequest().getPath());
        }
        assertThat(paths).containsExactly("/start", "/r1", "/r2", "/r3", "/r4?x=1", "/final.xml");
    }

    @Test
    void theSixthRedirectFails() throws Exception {
        fetcher(settings());
        for (int i = 1; i <= 6; i++) {
            server.enqueue(redirect(302, "/r" + i));
        }
        server.enqueue(new MockResponse().setBody(RSS));

        FetchOutcome outcome = get("/start");

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
            assertThat(f.message()).startsWith("fetch: " + url(server, "/start")).contains("more than 5");
        });
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void aRedirectLoopFails() throws Exception {
        fetcher(settings());
        server.enqueue(redirect(302, "/b"));
        server.enqueue(redirect(302, "/a"));

        FetchOutcome outcome = get("/a");

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
            assertThat(f.message()).contains("loop");
        });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRedirectToANonHttpUrlFails() throws Exception {
        fetcher(settings());
        server.enqueue(redirect(302, "file:///etc/passwd"));

        FetchOutcome outcome = get("/a");

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
            assertThat(f.message()).contains("file:///etc/passwd", "not an http(s) URL");
        });
    }

    @Test
    void aBodyOverTheCapIsTooLarge() throws Exception {
        fetcher(settings().maxBody(1000));
        server.enqueue(new MockResponse().setBody("x".repeat(1001)));
        server.enqueue(new MockResponse().setBody("x".repeat(1000)));
        server.enqueue(new MockResponse().setChunkedBody("y".repeat(5000), 100)); // no Content-Length

        assertThat(get("/big")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
            assertThat(f.message()).contains("1001 bytes", "fetch.max-body");
        });
        assertThat(get("/exact")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                f -> assertThat(f.body()).hasSize(1000));
        assertThat(get("/chunked")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE));
    }

    @Test
    void anEndlessBodyIsCutOffQuicklyAndTheConnectionDropped() throws Exception {
        fetcher(settings().maxBody(256 * 1024).timeout(Duration.ofSeconds(30)));
        try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            AtomicLong written = new AtomicLong();
            CountDownLatch clientHungUp = new CountDownLatch(1);
            Thread writer = new Thread(() -> serveEndlessChunkedBody(raw, written, clientHungUp), "endless-body");
            writer.setDaemon(true);
            writer.start();

            long t0 = System.nanoTime();
            FetchOutcome outcome = await(fetcher.fetch(
                    FetchRequest.of("http://127.0.0.1:" + raw.getLocalPort() + "/stream", true)));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    f -> assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE));
            assertThat(ms).isLessThan(10_000);
            // the call was cancelled: the server's writes fail soon, after at most socket buffers' worth more
            assertThat(clientHungUp.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(written.get()).isLessThan(64L * 1024 * 1024);
        }
    }

    /** Answers one request with a chunked body that never ends, until the client hangs up. */
    private static void serveEndlessChunkedBody(ServerSocket raw, AtomicLong written, CountDownLatch hungUp) {
        try (Socket s = raw.accept()) {
            InputStream in = s.getInputStream();
            int matched = 0;
            while (matched < 4) { // skip the request head up to the blank line
                int c = in.read();
                if (c < 0) {
                    return;
                }
                matched = (c == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (c == '\r' ? 1 : 0);
            }
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] data = new byte[32 * 1024];
            java.util.Arrays.fill(data, (byte) 'a');
            byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "\r\n".getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(head);
                out.write(data);
                out.write(tail);
                written.addAndGet(data.length);
            }
        } catch (IOException e) {
            // the client hung up: what we wait for
        } finally {
            hungUp.countDown();
        }
    }

    @Test
    void aGzipBombIsTooLarge() throws Exception {
        fetcher(settings().maxBody(1024 * 1024));
        byte[] bomb = gzip(new byte[1024 * 1024], 64); // 64 MiB of zeros in ~64 KiB
        assertThat(bomb.length).isLessThan(1024 * 1024);
        server.enqueue(new MockResponse().setBody(new Buffer().write(bomb)).setHeader("Content-Encoding", "gzip"));

        assertThat(get("/bomb")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE));
    }

    @Test
    void aGzipBodyIsDecodedTransparently() throws Exception {
        fetcher(settings());
        server.enqueue(new MockResponse().setBody(new Buffer().write(gzip(RSS.getBytes(StandardCharsets.UTF_8), 1)))
                .setHeader("Content-Encoding", "gzip"));

        assertThat(get("/feed")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                f -> assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(RSS));
        assertThat(server.takeRequest().getHeader("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void silenceAfterTheRequestIsAReadTimeout() throws Exception {
        fetcher(settings().read(Duration.ofMillis(300)));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThat(get("/slow")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(f.message()).contains("300 ms");
        });
    }

    @Test
    void aBodyTooSlowForTheTotalTimeoutTimesOut() throws Exception {
        fetcher(settings().read(Duration.ofSeconds(5)).timeout(Duration.ofMillis(500)));
        server.enqueue(new MockResponse().setBody("z".repeat(2000)).throttleBody(10, 100, TimeUnit.MILLISECONDS));

        long t0 = System.nanoTime();
        assertThat(get("/trickle")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(f.message()).contains("did not finish within 500 ms");
        });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(5_000);
    }

    @Test
    void tooManyRequestsCarriesRetryAfterSeconds() throws Exception {
        fetcher(settings());
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));

        assertThat(get("/feed")).isEqualTo(new FetchOutcome.Failed(FailureKind.HTTP_STATUS,
                "fetch: " + url(server, "/feed") + " answered 429 Too Many Requests (retry in 120 s)", 429,
                Duration.ofSeconds(120)));
    }

    @Test
    void serviceUnavailableCarriesRetryAfterAsAnHttpDate() throws Exception {
        fetcher(settings());
        Instant serverNow = Instant.parse("2025-03-01T12:00:00Z");
        server.enqueue(new MockResponse().setResponseCode(503)
                .setHeader("Date", CacheHintsTest.httpDate(serverNow))
                .setHeader("Retry-After", CacheHintsTest.httpDate(serverNow.plusSeconds(120))));
        server.enqueue(new MockResponse().setResponseCode(503)
                .setHeader("Retry-After", CacheHintsTest.httpDate(Instant.now().plusSeconds(600))));

        assertThat(get("/a")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(503);
            assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(120));
            assertThat(f.message()).endsWith("answered 503 Service Unavailable (retry in 120 s)");
        });
        assertThat(get("/b")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> assertThat(f.retryAfter())
                .isBetween(Duration.ofSeconds(590), Duration.ofSeconds(600)));
    }

    @Test
    void otherErrorStatusesAreHttpStatusWithoutRetryAfter() throws Exception {
        fetcher(settings());
        server.enqueue(new MockResponse().setResponseCode(404).setHeader("Retry-After", "5"));
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(redirect(301, "/moved"));
        server.enqueue(new MockResponse().setResponseCode(410));

        assertThat(get("/missing")).isEqualTo(new FetchOutcome.Failed(FailureKind.HTTP_STATUS,
                "fetch: " + url(server, "/missing") + " answered 404 Not Found", 404, null));
        assertThat(get("/broken")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.message()).endsWith("answered 500 Internal Server Error"));
        assertThat(get("/old")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(410);
            assertThat(f.message()).isEqualTo("fetch: " + url(server, "/old") + " (redirected to "
                    + url(server, "/moved") + ") answered 410 Gone");
        });
    }

    @Test
    void aRefusedConnectionIsConnection() throws Exception {
        fetcher(settings());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        }

        FetchOutcome outcome = await(fetcher.fetch(FetchRequest.of("http://127.0.0.1:" + closedPort + "/", true)));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.CONNECTION);
            assertThat(f.message()).startsWith("fetch: http://127.0.0.1:" + closedPort + "/ ")
                    .contains("Connection refused");
        });
    }

    @Test
    void anUnknownHostIsDns() throws Exception {
        Dns dns = FetchTestSupport.hosts(Map.of());
        fetcher = new HttpFetcher(settings().build(), dns, new SsrfGuard());

        for (boolean trusted : new boolean[] {true, false}) {
            FetchOutcome outcome = await(fetcher.fetch(FetchRequest.of("https://nope.test/feed", trusted)));
            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(FailureKind.DNS);
                assertThat(f.message()).startsWith("fetch: https://nope.test/feed ").contains("does not resolve");
            });
        }
    }

    @Test
    void aServerThatAnswersTlsWithPlainHttpIsTls() throws Exception {
        fetcher(settings());
        try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread plain = new Thread(() -> {
                try (Socket s = raw.accept()) { // answers the ClientHello with plain text, as a misconfigured port does
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    s.getInputStream().read();
                } catch (IOException ignored) {
                    // the client gave up
                }
            }, "plain-http");
            plain.setDaemon(true);
            plain.start();

            FetchOutcome outcome = await(fetcher.fetch(
                    FetchRequest.of("https://127.0.0.1:" + raw.getLocalPort() + "/feed", true)));

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(FailureKind.TLS);
                assertThat(f.message()).startsWith("fetch: https://127.0.0.1:" + raw.getLocalPort() + "/feed ");
            });
        }
    }

    @Test
    void aMalformedUrlFailsWithoutThrowing() throws Exception {
        fetcher(settings());

        assertThat(await(fetcher.fetch(FetchRequest.of("ftp://example.com/feed", true))))
                .isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
                    assertThat(f.kind()).isEqualTo(FailureKind.INTERNAL);
                    assertThat(f.message()).contains("'ftp://example.com/feed' is not an absolute http(s) URL");
                });
        assertThat(await(fetcher.fetch(null))).isInstanceOf(FetchOutcome.Failed.class);
    }

    @Test
    void atMostPerHostConcurrencyRequestsReachOneHost() throws Exception {
        fetcher(settings().perHost(2).concurrency(8));
        AtomicInteger maxSeen = countingSlowServer(Duration.ofMillis(200));

        List<CompletableFuture<FetchOutcome>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(fetcher.fetch(FetchRequest.of(url(server, "/feed?" + i), true)));
        }
        for (CompletableFuture<FetchOutcome> f : all) {
            assertThat(await(f)).isInstanceOf(FetchOutcome.Fetched.class);
        }
        assertThat(maxSeen.get()).isEqualTo(2);
    }

    @Test
    void atMostConcurrencyRequestsAltogether() throws Exception {
        fetcher(settings().perHost(50).concurrency(3));
        AtomicInteger maxSeen = countingSlowServer(Duration.ofMillis(200));

        List<CompletableFuture<FetchOutcome>> all = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            all.add(fetcher.fetch(FetchRequest.of(url(server, "/feed?" + i), true)));
        }
        for (CompletableFuture<FetchOutcome> f : all) {
            assertThat(await(f)).isInstanceOf(FetchOutcome.Fetched.class);
        }
        assertThat(maxSeen.get()).isEqualTo(3);
    }

    @Test
    void closeFailsWorkInFlightAndLaterFetchesWithoutThrowing() throws Exception {
        fetcher(settings().read(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(20)));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        CompletableFuture<FetchOutcome> inFlight = fetcher.fetch(FetchRequest.of(url(server, "/hang"), true));
        server.takeRequest(5, TimeUnit.SECONDS);

        fetcher.close();

        assertThat(await(inFlight)).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.message()).contains("fetcher is closing"));
        assertThat(await(fetcher.fetch(FetchRequest.of(url(server, "/late"), true))))
                .isInstanceOfSatisfying(FetchOutcome.Failed.class,
                        f -> assertThat(f.message()).contains("the fetcher is closed"));
    }

    @Test
    void workRunsOnDaemonThreadsNamedFetch() throws Exception {
        fetcher(settings());
        server.enqueue(new MockResponse().setBody(RSS));

        assertThat(get("/feed")).isInstanceOf(FetchOutcome.Fetched.class);

        // the dispatcher keeps its idle thread for a minute: look it up rather than race the future's completion
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("fetch-"))
                .isNotEmpty().allMatch(Thread::isDaemon);
    }

    /** Makes the server slow and counts how many requests it handles at once; returns the maximum. */
    private AtomicInteger countingSlowServer(Duration delay) {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                max.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(delay.toMillis());
                } finally {
                    inFlight.decrementAndGet();
                }
                return new MockResponse().setBody(RSS);
            }
        });
        return max;
    }

    private static MockResponse redirect(int code, String location) {
        return new MockResponse().setResponseCode(code).setHeader("Location", location);
    }

    private static byte[] gzip(byte[] block, int times) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < times; i++) {
                gz.write(block);
            }
        }
        return bytes.toByteArray();
    }
}
