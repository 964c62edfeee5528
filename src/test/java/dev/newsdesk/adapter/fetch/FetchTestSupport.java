package dev.newsdesk.adapter.fetch;

import dev.newsdesk.config.FetchSettings;
import dev.newsdesk.core.source.FetchOutcome;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockWebServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Settings, servers and resolvers for the fetch tests: everything on loopback, nothing leaves the machine. */
final class FetchTestSupport {

    static final String USER_AGENT = "newsdesk-test/1.0";

    private FetchTestSupport() {
    }

    /** Test settings: short timeouts, a 64 KiB body cap, 5 redirects; change them with the with* methods. */
    static Settings settings() {
        return new Settings();
    }

    static final class Settings {
        boolean allowPrivate;
        Duration timeout = Duration.ofSeconds(5);
        Duration connect = Duration.ofSeconds(2);
        Duration read = Duration.ofSeconds(2);
        long maxBody = 64 * 1024;
        int maxRedirects = 5;
        int concurrency = 8;
        int perHost = 2;

        Settings allowPrivate(boolean v) { allowPrivate = v; return this; }
        Settings timeout(Duration v) { timeout = v; return this; }
        Settings read(Duration v) { read = v; return this; }
        Settings maxBody(long v) { maxBody = v; return this; }
        Settings concurrency(int v) { concurrency = v; return this; }
        Settings perHost(int v) { perHost = v; return this; }

        FetchSettings build() {
            return new FetchSettings(allowPrivate, timeout, connect, read, maxBody, maxRedirects, concurrency,
                    perHost, USER_AGENT, Duration.ofMinutes(5), Duration.ofHours(6), 5);
        }
    }

    /** A MockWebServer bound to one loopback address only. */
    static MockWebServer serverOn(String loopback) throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName(loopback), 0);
        return server;
    }

    /** "http://127.0.0.1:port/path" for a server started with {@link #serverOn}. */
    static String url(MockWebServer server, String path) {
        return server.url(path).newBuilder().host(server.getHostName().equals("localhost")
                ? "127.0.0.1" : server.getHostName()).build().toString();
    }

    /** A resolver that knows only the given names (name to IP literal) and fails every other one like DNS would. */
    static Dns hosts(Map<String, String> names) {
        return host -> {
            String ip = names.get(host);
            if (ip == null) {
                throw new UnknownHostException(host + ": Name or service not known");
            }
            return List.of(InetAddress.getByName(ip));
        };
    }

    /** A guard that treats 127.0.0.1 as public, so a local server can play a public site. */
    static SsrfGuard guardTreatingLocalhostAsPublic() throws UnknownHostException {
        return new SsrfGuard(java.util.Set.of(InetAddress.getByName("127.0.0.1")));
    }

    static FetchOutcome await(CompletableFuture<FetchOutcome> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }
}
