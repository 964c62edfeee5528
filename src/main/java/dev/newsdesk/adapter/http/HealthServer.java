package dev.newsdesk.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.app.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The operator's HTTP port: {@code GET /healthz} answers 200 with the checks as JSON when healthy, 503 otherwise
 * (container health checks and load balancers read the status). Other endpoints ({@code /metrics}, webhooks) are
 * added with {@link #route}.
 */
public final class HealthServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Requests answered at once. Handlers only check and hand work over (webhook updates go to the chat lanes), so
     * a few threads are plenty; a slow scrape must not hold up a webhook.
     */
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    static {
        // The JDK server waits forever for a slow client by default: one that trickles its request (webhooks face
        // the internet) would hold a handler thread. These are read once, when the first server starts; an
        // operator's -D setting wins.
        limit("sun.net.httpserver.maxReqTime", "30");
        limit("sun.net.httpserver.maxRspTime", "30");
        // headers and body go out in two writes: with Nagle on, each answer with a body waited for the client's
        // delayed ACK (about 40 ms per /metrics scrape, measured in OpsBench)
        limit("sun.net.httpserver.nodelay", "true");
    }

    private static void limit(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * Starts serving.
     *
     * @param port the port on all interfaces; 0 picks a free one (see {@link #port()})
     */
    public HealthServer(int port, HealthCheck health) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 64);
        server.createContext("/healthz", exchange -> answer(exchange, health));
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        log.info("http: serving /healthz on port {}", port());
    }

    /**
     * Serves {@code path} (and everything under it) with {@code handler}. A handler that throws gets its exchange
     * closed without an answer; handlers should answer every request themselves.
     */
    public HealthServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                log.warn("http: {} {} failed: {}", exchange.getRequestMethod(), path, e.toString());
            }
        });
        log.info("http: serving {} on port {}", path, port());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, HealthCheck health) throws IOException {
        try (exchange) {
            if (!HttpAnswers.getOrHead(exchange)) {
                return;
            }
            HealthCheck.Health h = health.check();
            ObjectNode body = JSON.createObjectNode();
            body.put("status", h.healthy() ? "ok" : "unhealthy");
            ObjectNode checks = body.putObject("checks");
            for (Map.Entry<String, String> c : h.checks().entrySet()) {
                checks.put(c.getKey(), c.getValue());
            }
            HttpAnswers.send(exchange, h.healthy() ? 200 : 503, "application/json; charset=utf-8",
                    JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
