package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Slack Web API on MockWebServer under {@code /api/}: answers {@code auth.test}, {@code users.info},
 * {@code chat.postMessage}, {@code chat.update}, the files upload v2 methods and {@code apps.connections.open} in
 * Slack's JSON shapes, records every call, takes {@code response_url} posts at {@code /response/…}, and can answer
 * 429 with Retry-After or an error code for chosen channels.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String BOT_TOKEN = "xoxb-test-token";
    static final String APP_TOKEN = "xapp-test-token";
    public static final String BOT_USER = "UBOT";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call: the method (or {@code response}, {@code upload}), its form or JSON parameters, when it came. */
    public record Call(String method, Map<String, String> params, long atNanos, String authorization) {
        String blocks() {
            return params.getOrDefault("blocks", "");
        }
    }

    private final MockWebServer server = new MockWebServer();
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final Map<String, String> channelErrors = new ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger(100);
    private final AtomicInteger tooMany = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private volatile String socketUrl = "ws://127.0.0.1:1/";

    public FakeSlackApi() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    return answer(request);
                } catch (Exception e) {
                    return new MockResponse().setResponseCode(500).setBody("fake: " + e);
                }
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** The Web API prefix, as {@code slack.api-url}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/";
    }

    /** A response_url on this server. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getPort() + "/response/" + id;
    }

    void admin(String userId) {
        admins.add(userId);
    }

    /** The next {@code n} chat.postMessage calls answer HTTP 429 with Retry-After. */
    void tooManyRequests(int n, int retryAfter) {
        retryAfterSeconds = retryAfter;
        tooMany.set(n);
    }

    /** chat.postMessage to {@code channel} answers {@code ok: false} with {@code error}. */
    void failChannel(String channel, String error) {
        channelErrors.put(channel, error);
    }

    void socketModeUrl(String url) {
        socketUrl = url;
    }

    /** The post to the response_url {@link #responseUrl(String) id}, if it came. */
    public java.util.Optional<Call> response(String id) {
        return calls("response").stream().filter(c -> id.equals(c.params().get("response_id"))).findFirst();
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Messages that reached a channel: chat.postMessage calls that succeeded and response_url posts. */
    public List<Call> posted() {
        return calls.stream().filter(c -> c.method().equals("response") || c.method().equals("chat.postMessage")
                && c.params().containsKey("ok")).toList();
    }

    private MockResponse answer(RecordedRequest r) throws IOException {
        String path = r.getPath() == null ? "" : r.getPath();
        String auth = r.getHeader("Authorization");
        if (path.startsWith("/upload/")) {
            calls.add(new Call("upload", Map.of("bytes", String.valueOf(r.getBodySize())), System.nanoTime(), auth));
            return new MockResponse().setBody("OK - " + r.getBodySize());
        }
        String body = r.getBody().readUtf8();
        Map<String, String> params = params(r, body);
        if (path.startsWith("/response/")) {
            params.put("response_id", path.substring("/response/".length()));
            calls.add(new Call("response", params, System.nanoTime(), auth));
            return new MockResponse().setBody("ok");
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        int q = method.indexOf('?');
        method = q >= 0 ? method.substring(0, q) : method;
        ObjectNode out = JSON.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" -> out.put("user_id", BOT_USER).put("team_id", "T1").put("bot_id", "B1")
                    .put("user", "newsdesk").put("team", "Test");
            case "users.info" -> {
                ObjectNode u = out.putObject("user");
                String id = params.getOrDefault("user", "");
                u.put("id", id).put("name", "user-" + id).put("is_admin", admins.contains(id))
                        .put("is_owner", false).put("is_primary_owner", false);
            }
            case "chat.postMessage" -> {
                if (tooMany.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    calls.add(new Call(method + ":429", params, System.nanoTime(), auth));
                    return new MockResponse().setResponseCode(429).setHeader("Retry-After", retryAfterSeconds)
                            .setBody("{\"ok\":false,\"error\":\"ratelimited\"}");
                }
                String error = channelErrors.get(params.getOrDefault("channel", ""));
                if (error != null) {
                    calls.add(new Call(method + ":" + error, params, System.nanoTime(), auth));
                    return json(JSON.createObjectNode().put("ok", false).put("error", error));
                }
                String stamp = "1700000000." + String.format("%06d", ts.incrementAndGet());
                Map<String, String> withOk = new HashMap<>(params);
                withOk.put("ok", "true");
                calls.add(new Call(method, withOk, System.nanoTime(), auth));
                out.put("channel", params.get("channel")).put("ts", stamp);
                return json(out);
            }
            case "chat.update" -> out.put("channel", params.get("channel")).put("ts", params.get("ts"));
            case "files.getUploadURLExternal" -> out.put("upload_url", "http://127.0.0.1:" + server.getPort()
                    + "/upload/F1").put("file_id", "F1");
            case "files.completeUploadExternal" -> out.putArray("files").addObject().put("id", "F1")
                    .put("title", params.getOrDefault("files", ""));
            case "apps.connections.open" -> out.put("url", socketUrl);
            default -> {
                out.put("ok", false).put("error", "unknown_method");
            }
        }
        calls.add(new Call(method, params, System.nanoTime(), auth));
        return json(out);
    }

    private static MockResponse json(JsonNode n) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(n.toString());
    }

    private static Map<String, String> params(RecordedRequest r, String body) throws IOException {
        Map<String, String> out = new HashMap<>();
        String type = r.getHeader("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            JsonNode n = JSON.readTree(body);
            n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
                    : e.getValue().toString()));
            return out;
        }
        if (type != null && type.startsWith("multipart/")) {
            return out;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
