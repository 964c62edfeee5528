package dev.newsdesk.adapter.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /slack/events} in HTTP mode: slash commands, events and button presses. The body is read up to a cap
 * and its signature checked ({@link SlackSignature}) before anything parses it; a request that is unsigned, wrongly
 * signed or older than 5 minutes gets 401. The rest goes through Bolt, whose acknowledgement is the answer.
 */
public final class SlackEventsEndpoint implements HttpHandler {
    public static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackEventsEndpoint.class);
    /** Slack's payloads are a few KB; a button press carries its message's blocks (at most ~60 KB). */
    static final int MAX_BODY = 1 << 20;
    private final SlackBot bot;
    private final SlackSignature signature;
    private final SlackRequestParser parser;

    public SlackEventsEndpoint(SlackBot bot, SlackSignature signature) {
        this.bot = bot;
        this.signature = signature;
        this.parser = new SlackRequestParser(bot.app().config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            String ts = exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp");
            String sig = exchange.getRequestHeaders().getFirst("X-Slack-Signature");
            if (!signature.verify(ts, body, sig)) {
                log.info("slack: refused request from={} (bad or stale signature)", exchange.getRemoteAddress());
                send(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
                return;
            }
            Map<String, List<String>> headers = new HashMap<>(exchange.getRequestHeaders());
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            if (request == null) {
                send(exchange, 400, "text/plain", "unknown request");
                return;
            }
            Response r = bot.run(request);
            String type = r.getContentType() == null ? "text/plain; charset=utf-8" : r.getContentType();
            send(exchange, r.getStatusCode() == null ? 200 : r.getStatusCode(), type,
                    r.getBody() == null ? "" : r.getBody());
        } catch (Exception e) {
            log.error("slack: request failed", e);
        }
    }

    /** The body, or null when longer than {@link #MAX_BODY}. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_BODY + 1);
        return b.length > MAX_BODY ? null : b;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
