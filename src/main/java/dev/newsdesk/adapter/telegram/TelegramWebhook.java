package dev.newsdesk.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code POST /telegram/webhook}: Telegram's updates in webhook mode. A request is taken only with the secret token
 * that {@code setWebhook} registered, in {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time); any
 * other request gets 401 with no body and no hint, before its body is read. Bodies are capped at
 * {@link #MAX_BODY}; the update is parsed with TelegramBots' own model and handed over at once (the answer does not
 * wait for the command), so Telegram sees 200 quickly and does not send it again.
 */
public final class TelegramWebhook implements HttpHandler {
    public static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** An update is a few KB (a message is at most 4,096 characters); 1 MiB leaves room and stops floods early. */
    static final int MAX_BODY = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);
    /** Refused requests are logged at most this often (a scanner must not flood the log). */
    private static final long REFUSAL_LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final byte[] secretDigest;
    private final Consumer<Update> updates;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastRefusalLog = new AtomicLong(System.nanoTime() - REFUSAL_LOG_EVERY_NANOS);

    /**
     * @param secret  the secret token given to {@code setWebhook} (never logged)
     * @param updates where accepted updates go (the bot's lanes)
     */
    public TelegramWebhook(String secret, Consumer<Update> updates) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("telegram.webhook-secret: required for webhook mode");
        }
        this.secretDigest = sha256(secret);
        this.updates = updates;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        if (!secretMatches(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
            refuse(exchange);
            return;
        }
        byte[] body = readCapped(exchange);
        if (body == null) {
            exchange.sendResponseHeaders(413, -1);
            return;
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (JsonProcessingException e) {
            log.warn("telegram: webhook body is not an update bytes={}", body.length);
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        if (update == null || update.getUpdateId() == null) {
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        updates.accept(update);
        exchange.sendResponseHeaders(200, -1);
    }

    /** Constant time whatever the input: both sides are hashed first, so even the length is not compared. */
    private boolean secretMatches(String given) {
        return given != null && MessageDigest.isEqual(sha256(given), secretDigest);
    }

    private void refuse(HttpExchange exchange) throws IOException {
        long n = refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastRefusalLog.get();
        if (now - last >= REFUSAL_LOG_EVERY_NANOS && lastRefusalLog.compareAndSet(last, now)) {
            log.warn("telegram: webhook request refused (missing or wrong secret token) from={} refused_total={}",
                    exchange.getRemoteAddress().getAddress().getHostAddress(), n);
        }
        exchange.sendResponseHeaders(401, -1);
    }

    /** The body, or null when it is longer than {@link #MAX_BODY} (announced or sent). */
    private static byte[] readCapped(HttpExchange exchange) throws IOException {
        String announced = exchange.getRequestHeaders().getFirst("Content-Length");
        if (announced != null) {
            try {
                if (Long.parseLong(announced.trim()) > MAX_BODY) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** How many requests were refused so far (for tests and diagnosis). */
    long refusedCount() {
        return refused.get();
    }
}
