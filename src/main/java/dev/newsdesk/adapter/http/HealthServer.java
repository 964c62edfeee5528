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
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The operator's HTTP port: {@code GET /healthz} answers 200 with the checks as JSON when healthy, 503 otherwise
 * (container health checks and load balancers read the status). Other endpoints are added with {@link #handle}.
 */
public final class HealthServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    /**
     * Starts serving.
     *
     * @param port the port on all interfaces; 0 picks a free one (see {@link #port()})
     */
    public HealthServer(int port, HealthCheck health) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 64);
        server.createContext("/healthz", exchange -> answer(exchange, health));
        AtomicInteger n = new AtomicInteger();
        // a few threads: a slow client on one endpoint must not hold up health checks or Slack's 3 s deadline
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }));
        server.start();
        log.info("http: serving /healthz on port {}", port());
    }

    /** Serves another endpoint on the same port (Slack events, webhooks); {@code path} as for HttpServer. */
    public void handle(String path, HttpHandler handler) {
        server.createContext(path, handler);
        log.info("http: serving {} on port {}", path, port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, HealthCheck health) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            HealthCheck.Health h = health.check();
            ObjectNode body = JSON.createObjectNode();
            body.put("status", h.healthy() ? "ok" : "unhealthy");
            ObjectNode checks = body.putObject("checks");
            for (Map.Entry<String, String> c : h.checks().entrySet()) {
                checks.put(c.getKey(), c.getValue());
            }
            byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(h.healthy() ? 200 : 503, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
