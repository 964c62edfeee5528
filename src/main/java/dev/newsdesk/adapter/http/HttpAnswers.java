package dev.newsdesk.adapter.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;

/** Small helpers for answering on the JDK HTTP server: method checks and whole bodies. */
final class HttpAnswers {
    private HttpAnswers() {
    }

    /** True for GET and HEAD; otherwise answers 405 (with Allow) and returns false. */
    static boolean getOrHead(HttpExchange exchange) throws IOException {
        String m = exchange.getRequestMethod();
        if (m.equals("GET") || m.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return false;
    }

    /** Sends {@code body} with status and type, never cached; a HEAD request gets the headers only. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** An answer with no body. */
    static void status(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }
}
