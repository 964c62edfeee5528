package dev.newsdesk.adapter.telegram;

import dev.newsdesk.adapter.http.HealthServer;
import dev.newsdesk.app.HealthCheck;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook mode end to end: the real bot registers its webhook with the fake Bot API (which, like Telegram, then
 * refuses getUpdates), and updates posted to {@code /telegram/webhook} on the real HTTP server are answered through
 * the outbox, only with the right secret token.
 */
class TelegramWebhookTest {
    private static final String SECRET = "w3bh00k_S3cret-token";
    private static final String PUBLIC_URL = "https://bot.example/telegram/webhook";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final long ANN = 42;
    @TempDir
    Path dir;
    private FakeBotApi api;
    private ChatStack stack;
    private HealthServer http;
    private final OkHttpClient client = new OkHttpClient();

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        stack = new ChatStack(dir.resolve("newsdesk.db"), api.url(), Set.of(), true);
        assertThat(stack.bot.problem()).isEqualTo("not started");
        http = new HealthServer(0, new HealthCheck(stack.db::ping, () -> true).with("telegram", stack.bot::problem));
        http.route(TelegramWebhook.PATH, new TelegramWebhook(SECRET, stack.bot::accept));
        stack.bot.startWebhook(PUBLIC_URL, SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        stack.close();
        api.close();
    }

    @Test
    void setWebhookRegistersTheUrlSecretAndUpdatesAndNothingLongPolls() throws Exception {
        assertThat(api.webhook).containsEntry("url", PUBLIC_URL).containsEntry("secret_token", SECRET);
        assertThat(api.webhook.get("allowed_updates")).contains("message", "channel_post", "my_chat_member");
        Thread.sleep(300); // time enough for a stray polling loop to show itself
        assertThat(api.methodsSeen()).contains("setwebhook", "setmycommands").doesNotContain("getupdates",
                "deletewebhook");
        assertThat(stack.bot.problem()).isNull();
        try (Response r = client.newCall(new Request.Builder().url(base() + "/healthz").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).contains("\"telegram\":\"ok\"");
        }
    }

    @Test
    void anUpdateWithTheRightSecretIsAnsweredLikeALongPolledOne() throws Exception {
        try (Response r = post(api.messageUpdateJson(ANN, "private", ANN, "/help"), SECRET)) {
            assertThat(r.code()).isEqualTo(200);
        }
        await(() -> api.sentTo(ANN).size() == 1);
        assertThat(api.sentTo(ANN).get(0).text()).contains("/digest", "/subscribe");
    }

    @Test
    void aWrongOrMissingSecretIsRefusedWithoutAHintAndTheUpdateIsDropped() throws Exception {
        String update = api.messageUpdateJson(ANN, "private", ANN, "/help");
        for (String secret : new String[]{"wrong", SECRET + "x", SECRET.substring(1), "", null}) {
            try (Response r = post(update, secret)) {
                assertThat(r.code()).as("secret %s", secret).isEqualTo(401);
                assertThat(r.body().string()).isEmpty();
            }
        }
        Thread.sleep(300);
        assertThat(api.sent).isEmpty();
    }

    @Test
    void otherMethodsPathsOversizedAndMalformedBodiesAreRefused() throws IOException {
        try (Response r = client.newCall(new Request.Builder().url(base() + TelegramWebhook.PATH)
                .header(TelegramWebhook.SECRET_HEADER, SECRET).build()).execute()) {
            assertThat(r.code()).isEqualTo(405);
        }
        try (Response r = client.newCall(new Request.Builder().url(base() + TelegramWebhook.PATH + "/x")
                .header(TelegramWebhook.SECRET_HEADER, SECRET).post(RequestBody.create("{}", JSON)).build())
                .execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
        try (Response r = post("{\"update_id\": 1, \"message\": {\"text\": \"" + "a".repeat(TelegramWebhook.MAX_BODY)
                + "\"}}", SECRET)) {
            assertThat(r.code()).isEqualTo(413);
        }
        try (Response r = post("{\"update_id\": [nonsense", SECRET)) {
            assertThat(r.code()).isEqualTo(400);
        }
        try (Response r = post("{}", SECRET)) {
            assertThat(r.code()).isEqualTo(400);
        }
    }

    private Response post(String body, String secret) throws IOException {
        Request.Builder b = new Request.Builder().url(base() + TelegramWebhook.PATH).post(RequestBody.create(body, JSON));
        if (secret != null) {
            b.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return client.newCall(b.build()).execute();
    }

    private String base() {
        return "http://127.0.0.1:" + http.port();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }
}
