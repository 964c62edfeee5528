package dev.newsdesk.adapter.fetch;

import dev.newsdesk.app.Fetcher;
import dev.newsdesk.config.FetchSettings;
import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchOutcome;
import dev.newsdesk.core.source.FetchRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.Proxy;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link Fetcher} over OkHttp: conditional GET, transparent gzip, at most {@code fetch.max-redirects} redirects,
 * connect/read/total timeouts, a body cap on decompressed bytes, one global and one per-host concurrency limit, and
 * the SSRF guard for untrusted requests. Thread-safe; one instance serves the whole process.
 */
public final class HttpFetcher implements Fetcher {

    /** Feeds first, then XML, HTML (pages read with selectors, feed discovery), then anything. */
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/html;q=0.7, */*;q=0.5";

    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final FetchSettings settings;
    private final ExecutorService executor;
    private final Dispatcher dispatcher;
    private final ConnectionPool connectionPool;
    /** For trusted requests, and for all requests when the operator allowed private networks. */
    private final OkHttpClient openClient;
    /** For untrusted requests: the SSRF guard on every hop, every resolved address and every socket. */
    private final OkHttpClient guardedClient;
    private final ResponseMapper responseMapper;
    private final FailureClassifier failureClassifier;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * A fetcher with the system resolver and the production SSRF guard.
     *
     * @param settings the {@code fetch:} section; its limits hold for this instance as a whole
     */
    public HttpFetcher(FetchSettings settings) {
        this(settings, Dns.SYSTEM, new SsrfGuard());
    }

    /**
     * For tests: {@code dns} resolves host names (e.g. "evil.test" to 127.0.0.1), {@code guard} decides which
     * addresses count as public.
     */
    HttpFetcher(FetchSettings settings, Dns dns, SsrfGuard guard) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dns, "dns");
        Objects.requireNonNull(guard, "guard");
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads());
        this.dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(settings.concurrency());
        dispatcher.setMaxRequestsPerHost(settings.perHostConcurrency());
        this.connectionPool = new ConnectionPool();
        OkHttpClient base = new OkHttpClient.Builder()
                .dispatcher(dispatcher) // shared by both clients, so the limits are global
                .connectionPool(connectionPool)
                .proxy(Proxy.NO_PROXY) // a proxy would connect on our behalf, past the socket guard
                .followRedirects(false) // RedirectInterceptor follows, counts and checks every hop
                .followSslRedirects(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.timeout()) // covers redirects and reading the body too
                .build();
        this.openClient = base.newBuilder()
                .dns(dns)
                .addInterceptor(new RedirectInterceptor(settings.maxRedirects(), HopCheck.NONE))
                .build();
        // a distinct Dns instance also keeps the two clients' pooled connections apart (see GuardedDns)
        this.guardedClient = base.newBuilder()
                .dns(new GuardedDns(dns, guard))
                .socketFactory(new GuardedSocketFactory(guard))
                .addInterceptor(new RedirectInterceptor(settings.maxRedirects(), HopCheck.guardedBy(guard)))
                .build();
        this.responseMapper = new ResponseMapper(new BodyReader(settings.maxBody()), Clock.systemUTC());
        this.failureClassifier = new FailureClassifier(settings);
    }

    /** {@inheritDoc} Never throws; the future always completes normally. */
    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        CompletableFuture<FetchOutcome> future = new CompletableFuture<>();
        long started = System.nanoTime();
        String shown = request == null ? "(no request)" : Urls.display(request.url());
        try {
            if (closed.get()) {
                return done(future, FetchOutcome.Failed.of(FailureKind.INTERNAL,
                        "fetch: " + shown + " was not fetched: the fetcher is closed"), shown, started);
            }
            HttpUrl url = HttpUrl.parse(request.url());
            if (url == null) {
                return done(future, FetchOutcome.Failed.of(FailureKind.INTERNAL,
                        "fetch: '" + shown + "' is not an absolute http(s) URL"), shown, started);
            }
            String display = Urls.display(url);
            Call call = clientFor(request).newCall(buildRequest(url, request));
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    done(future, failure(e, display), display, started);
                }

                @Override
                public void onResponse(Call c, Response response) {
                    // runs on the dispatcher's thread: the concurrency slot stays taken while the body is read
                    FetchOutcome outcome;
                    try {
                        outcome = responseMapper.map(response, url);
                    } catch (Throwable t) {
                        c.cancel(); // drop the connection instead of draining a huge or endless body
                        outcome = failure(t, display);
                    } finally {
                        response.close();
                    }
                    done(future, outcome, display, started);
                }
            });
        } catch (Throwable t) {
            done(future, failure(t, shown), shown, started);
        }
        return future;
    }

    /** Cancels calls in flight (their futures complete with a failure), stops the threads, drops pooled connections. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        dispatcher.cancelAll();
        executor.shutdown();
        connectionPool.evictAll();
    }

    private OkHttpClient clientFor(FetchRequest request) {
        return request.trusted() || settings.allowPrivateNetworks() ? openClient : guardedClient;
    }

    private Request buildRequest(HttpUrl url, FetchRequest request) {
        // no Accept-Encoding: OkHttp then asks for gzip and decompresses transparently (BodyReader caps the result)
        Request.Builder builder = new Request.Builder().url(url).get()
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT);
        validator(builder, "If-None-Match", request.etag(), url);
        validator(builder, "If-Modified-Since", request.lastModified(), url);
        return builder.build();
    }

    /** Adds a stored validator; one OkHttp would refuse to send (non-ASCII) is dropped: we fetch in full instead. */
    private static void validator(Request.Builder builder, String name, String value, HttpUrl url) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            builder.header(name, value);
        } catch (IllegalArgumentException e) {
            log.debug("fetch: dropping an unsendable {} header url={}", name, Urls.display(url));
        }
    }

    private FetchOutcome.Failed failure(Throwable t, String url) {
        if (closed.get()) {
            return FetchOutcome.Failed.of(FailureKind.INTERNAL,
                    "fetch: " + url + " was canceled: the fetcher is closing");
        }
        FetchOutcome.Failed failed = failureClassifier.classify(t, url);
        if (failed.kind() == FailureKind.INTERNAL) {
            log.warn("fetch: unexpected failure url={}", url, t);
        }
        return failed;
    }

    private static CompletableFuture<FetchOutcome> done(CompletableFuture<FetchOutcome> future, FetchOutcome outcome,
                                                        String url, long started) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (outcome instanceof FetchOutcome.Fetched f) {
            // not finalUrl: it is unmasked and may carry a password from the source's URL
            log.debug("fetch: ok url={} status={} bytes={} redirected={} ms={}", url, f.status(), f.body().length,
                    !f.finalUrl().equals(url), ms);
        } else if (outcome instanceof FetchOutcome.NotModified) {
            log.debug("fetch: not modified url={} ms={}", url, ms);
        } else if (outcome instanceof FetchOutcome.Failed f) {
            if (f.kind() == FailureKind.BLOCKED) {
                log.info("{} kind={} ms={}", f.message(), f.kind().key(), ms); // worth an operator's eye
            } else {
                log.debug("{} kind={} status={} ms={}", f.message(), f.kind().key(), f.status(), ms);
            }
        }
        future.complete(outcome);
        return future;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "fetch-" + n.incrementAndGet());
            t.setDaemon(true); // an idle fetcher must not keep the JVM alive
            return t;
        };
    }
}
