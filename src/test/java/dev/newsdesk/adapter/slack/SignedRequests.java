package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends requests to the events endpoint the way Slack does: form or JSON bodies, signed with the secret. */
public final class SignedRequests {
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient();
    private final String url;
    private final SlackSignature signature;

    /** What came back, and how long it took. */
    public record Answer(int status, String body, long nanos) {
    }

    public SignedRequests(String url, SlackSignature signature) {
        this.url = url;
        this.signature = signature;
    }

    public static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k,
                StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    /** A slash command {@code /newsdesk text} from {@code user} in {@code channel}. */
    public static Map<String, String> command(String channel, String channelName, String user, String text,
                                       String triggerId, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", "T1");
        f.put("team_domain", "test");
        f.put("channel_id", channel);
        f.put("channel_name", channelName);
        f.put("user_id", user);
        f.put("user_name", "user-" + user);
        f.put("command", "/newsdesk");
        f.put("text", text);
        f.put("api_app_id", "A1");
        f.put("response_url", responseUrl);
        f.put("trigger_id", triggerId);
        return f;
    }

    public Answer postForm(String body) throws IOException {
        return post(body, FORM, Instant.now().getEpochSecond(), null);
    }

    public Answer postJson(String body) throws IOException {
        return post(body, JSON, Instant.now().getEpochSecond(), null);
    }

    /** Signed for {@code timestamp}, or with {@code badSignature} instead when not null. */
    public Answer post(String body, MediaType type, long timestamp, String badSignature) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(timestamp);
        Request.Builder r = new Request.Builder().url(url).post(RequestBody.create(bytes, type))
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", badSignature != null ? badSignature : signature.sign(ts, bytes));
        long start = System.nanoTime();
        try (Response resp = http.newCall(r.build()).execute()) {
            String text = resp.body() == null ? "" : resp.body().string();
            return new Answer(resp.code(), text, System.nanoTime() - start);
        }
    }

    /** An Events API callback: {@code type} (app_mention, message) by {@code user} in {@code channel}. */
    public static ObjectNode event(String eventId, String type, String channel, String channelType, String user,
                                   String text, String ts) {
        ObjectNode root = JSON_MAPPER.createObjectNode().put("token", "legacy").put("team_id", "T1")
                .put("api_app_id", "A1").put("type", "event_callback").put("event_id", eventId)
                .put("event_time", Instant.now().getEpochSecond());
        ObjectNode e = root.putObject("event");
        e.put("type", type).put("channel", channel).put("channel_type", channelType).put("user", user)
                .put("text", text).put("ts", ts).put("event_ts", ts);
        root.putArray("authorizations").addObject().put("team_id", "T1").put("user_id", FakeSlackApi.BOT_USER)
                .put("is_bot", true);
        return root;
    }

    /** An unsigned request. */
    public Answer postUnsigned(String body) throws IOException {
        try (Response resp = http.newCall(new Request.Builder().url(url).post(RequestBody.create(body, FORM))
                .build()).execute()) {
            return new Answer(resp.code(), resp.body() == null ? "" : resp.body().string(), 0);
        }
    }
}
