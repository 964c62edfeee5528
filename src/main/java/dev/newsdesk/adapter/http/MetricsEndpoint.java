package dev.newsdesk.adapter.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** {@code GET /metrics}: the Prometheus text exposition format (0.0.4) from a scrape function. */
public final class MetricsEndpoint implements HttpHandler {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final Supplier<String> scrape;

    /** @param scrape renders every meter as Prometheus text (a metrics adapter's scrape) */
    public MetricsEndpoint(Supplier<String> scrape) {
        this.scrape = scrape;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/metrics")) {
            HttpAnswers.status(exchange, 404);
            return;
        }
        if (HttpAnswers.getOrHead(exchange)) {
            HttpAnswers.send(exchange, 200, CONTENT_TYPE, scrape.get().getBytes(StandardCharsets.UTF_8));
        }
    }
}
