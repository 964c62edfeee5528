package dev.newsdesk.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST {base-url}/chat/completions} of an OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp):
 * temperature 0, a token cap for the answer, and {@code response_format: json_object} — dropped for good after a
 * server answers 400 to it, since older servers do not know it. The api key goes in a bearer header and nowhere else
 * (never in a message or a log). Answers over {@link #MAX_RESPONSE_BYTES} are refused. Thread-safe.
 */
public final class ChatCompletionsClient {
    /** The largest answer body read. */
    public static final int MAX_RESPONSE_BYTES = 1 << 20;
    /** The longest assistant text accepted. */
    public static final int MAX_CONTENT_CHARS = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ChatCompletionsClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl url;
    private final String apiKey;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean jsonMode = true;

    /**
     * A client with its own connection pool.
     *
     * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
     * @param apiKey  the bearer key; null or empty for servers without one
     * @param timeout the longest a whole call may take
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    public ChatCompletionsClient(String baseUrl, String apiKey, Duration timeout) {
        this(new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(timeout)
                .callTimeout(timeout).retryOnConnectionFailure(false).build(), baseUrl, apiKey);
    }

    /** A client on a given OkHttp client (its timeouts apply). */
    public ChatCompletionsClient(OkHttpClient http, String baseUrl, String apiKey) {
        this.http = Objects.requireNonNull(http, "http");
        HttpUrl base = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
        if (base == null) {
            throw new IllegalArgumentException("llm: base-url '" + baseUrl + "' is not an http(s) URL");
        }
        this.url = base.newBuilder().addPathSegments("chat/completions").build();
        this.apiKey = apiKey == null ? "" : apiKey;
    }

    /** Where the requests go. */
    public String endpoint() {
        return url.toString();
    }

    /**
     * Sends the messages and returns the first choice.
     *
     * @param maxTokens the most tokens the answer may take
     * @throws LlmException on a network failure, a timeout, a status other than 2xx, an answer over the caps, or a
     *                      body without {@code choices[0].message.content}; the message names the endpoint
     */
    public ChatResult complete(String model, List<ChatMessage> messages, int maxTokens) throws LlmException {
        boolean asJson = jsonMode;
        try {
            return send(model, messages, maxTokens, asJson);
        } catch (LlmException e) {
            if (asJson && e.status() == 400) {
                jsonMode = false;
                LOG.info("llm: {} refused response_format json_object; asking without it from now on", url);
                return send(model, messages, maxTokens, false);
            }
            throw e;
        }
    }

    private ChatResult send(String model, List<ChatMessage> messages, int maxTokens, boolean asJson)
            throws LlmException {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        ArrayNode ms = body.putArray("messages");
        for (ChatMessage m : messages) {
            ms.addObject().put("role", m.role()).put("content", m.content());
        }
        body.put("temperature", 0);
        body.put("max_tokens", maxTokens);
        if (asJson) {
            body.putObject("response_format").put("type", "json_object");
        }
        Request.Builder req = new Request.Builder().url(url)
                .post(RequestBody.create(body.toString().getBytes(StandardCharsets.UTF_8), JSON));
        if (!apiKey.isEmpty()) {
            req.header("Authorization", "Bearer " + apiKey);
        }
        try (Response resp = http.newCall(req.build()).execute()) {
            if (!resp.isSuccessful()) {
                throw new LlmException("llm: " + url + " answered " + resp.code(), resp.code(), null);
            }
            return parse(read(resp.body()), resp.code());
        } catch (IOException e) {
            throw new LlmException("llm: " + url + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), 0, e);
        }
    }

    private byte[] read(ResponseBody body) throws IOException, LlmException {
        if (body == null) {
            throw new LlmException("llm: " + url + " answered without a body", 200, null);
        }
        BufferedSource src = body.source();
        if (src.request(MAX_RESPONSE_BYTES + 1L)) {
            throw new LlmException("llm: " + url + " answered more than " + MAX_RESPONSE_BYTES + " bytes", 200, null);
        }
        return src.getBuffer().readByteArray();
    }

    private ChatResult parse(byte[] bytes, int status) throws LlmException {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (IOException e) {
            throw new LlmException("llm: " + url + " answered a body that is not JSON", status, e);
        }
        JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) {
            throw new LlmException("llm: " + url + " answered without choices[0].message.content", status, null);
        }
        if (content.asText().length() > MAX_CONTENT_CHARS) {
            throw new LlmException("llm: " + url + " answered more than " + MAX_CONTENT_CHARS + " characters",
                    status, null);
        }
        JsonNode total = root.path("usage").path("total_tokens");
        return new ChatResult(content.asText(), total.canConvertToInt() ? total.asInt() : -1);
    }
}
