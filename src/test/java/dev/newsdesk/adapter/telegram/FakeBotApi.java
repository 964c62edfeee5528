package dev.newsdesk.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Telegram Bot API on MockWebServer: serves scripted updates to {@code getUpdates}, records what the
 * bot sends ({@code sendMessage}, {@code editMessageText}, {@code sendPhoto} as multipart), answers in the documented
 * JSON shapes and error texts, treats method names case-insensitively, and can answer 429 with {@code retry_after}
 * (scripted, or by enforcing the rate limits), 403 for a blocked chat and 400 with {@code migrate_to_chat_id}.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123:TEST";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sendMessage the bot made. */
    public record Sent(String chatId, String text, String parseMode, boolean previewsOff, long atNanos, int messageId) {
    }

    /** One editMessageText that Telegram accepted. */
    public record Edited(String chatId, int messageId, String text, String parseMode, boolean previewsOff) {
    }

    /** One sendPhoto that Telegram accepted: the uploaded file part and the form fields. */
    public record Photo(String chatId, byte[] bytes, String fileName, String contentType, String caption,
                        String parseMode, String captionEntities, int messageId) {
    }

    /** A multipart file part. */
    private record FilePart(byte[] bytes, String fileName, String contentType) {
    }

    private final MockWebServer server = new MockWebServer();
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1000);
    public final List<Sent> sent = new CopyOnWriteArrayList<>();
    public final List<Edited> edits = new CopyOnWriteArrayList<>();
    public final List<Photo> photos = new CopyOnWriteArrayList<>();
    /** The current text of every message sent, by {@code chatId/messageId}: what editMessageText compares with. */
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Set<Integer> uneditable = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> migrated = new ConcurrentHashMap<>();
    final List<String> methods = new CopyOnWriteArrayList<>();
    public final List<Long> rejected429 = new CopyOnWriteArrayList<>();
    private final Map<String, String> memberStatus = new ConcurrentHashMap<>();
    private final Map<String, Integer> forbidden = new ConcurrentHashMap<>();
    private volatile int tooManyNext;
    private volatile int retryAfter = 2;
    private volatile boolean enforceLimits;
    private volatile int overallPerSecond = 30;
    /** Per chat: tokens left (a burst of 3, refilled one a second) and when they were counted, in nanoseconds. */
    private final Map<String, double[]> perChat = new HashMap<>();
    private final Deque<Long> global = new ArrayDeque<>();
    private long lastUpdateIdServed;
    /** The last setWebhook's parameters (url, secret_token, allowed_updates), or empty before one. */
    public final Map<String, String> webhook = new ConcurrentHashMap<>();
    private volatile boolean holdSends;
    /** The sendMessage calls held unanswered, as chat id, newline, text (see {@link #holdSends()}). */
    public final List<String> held = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch firstHeld = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);

    public FakeBotApi() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    return answer(request);
                } catch (Exception e) {
                    return new MockResponse().setResponseCode(500).setBody("{\"ok\":false,\"error_code\":500,"
                            + "\"description\":\"fake: " + e + "\"}");
                }
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Queues a text message from {@code userId} in {@code chatId} of {@code chatType}. */
    public synchronized void message(long chatId, String chatType, long userId, String text) {
        updates.add(messageUpdate(chatId, chatType, userId, text));
    }

    /** The JSON of an update carrying a text message, as Telegram posts it to a webhook. */
    public String messageUpdateJson(long chatId, String chatType, long userId, String text) {
        return messageUpdate(chatId, chatType, userId, text).toString();
    }

    private ObjectNode messageUpdate(long chatId, String chatType, long userId, String text) {
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", nextUpdateId.getAndIncrement());
        ObjectNode m = u.putObject("message");
        m.put("message_id", nextMessageId.getAndIncrement());
        m.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatType);
        if (chatType.equals("private")) {
            chat.put("first_name", "User" + userId);
        } else {
            chat.put("title", "Group " + chatId);
        }
        ObjectNode from = m.putObject("from");
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", "User" + userId);
        m.put("text", text);
        return u;
    }

    public void memberStatus(long chatId, long userId, String status) {
        memberStatus.put(chatId + "/" + userId, status);
    }

    /** The next {@code n} sendMessage calls answer 429 with {@code retry_after} seconds. */
    void tooManyRequests(int n, int retryAfterSeconds) {
        retryAfter = retryAfterSeconds;
        tooManyNext = n;
    }

    /** sendMessage to this chat answers 403 (bot blocked). */
    void block(long chatId) {
        forbidden.put(String.valueOf(chatId), 403);
    }

    /** editMessageText of this message answers "message can't be edited" (too old, or not the bot's). */
    void uneditable(int messageId) {
        uneditable.add(messageId);
    }

    /** Sending to this chat answers 400 with {@code migrate_to_chat_id} (the group became a supergroup). */
    void migrate(long chatId, long toChatId) {
        migrated.put(String.valueOf(chatId), toChatId);
    }

    /** Answer 429 whenever a chat gets more than 1 message per second (burst 3) or all get more than 30/s. */
    public void enforceLimits(boolean on) {
        enforceLimits = on;
    }

    /** Like {@link #enforceLimits(boolean)} with another overall limit than Telegram's 30 a second. */
    public void enforceLimits(int perSecond) {
        overallPerSecond = perSecond;
        enforceLimits = true;
    }

    /**
     * From now on sendMessage calls are held unanswered until close (then answered 503), and not recorded as sent:
     * the bot's side of a process that died with messages in flight.
     */
    public void holdSends() {
        holdSends = true;
    }

    /** Waits until a sendMessage call is held; true when one was. */
    public boolean awaitHeldSend(java.time.Duration timeout) throws InterruptedException {
        return firstHeld.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<Sent> sentTo(long chatId) {
        return sent.stream().filter(s -> s.chatId().equals(String.valueOf(chatId))).toList();
    }

    private MockResponse answer(RecordedRequest r) throws Exception {
        String path = r.getPath() == null ? "" : r.getPath();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            return error(404, "Not Found");
        }
        String method = path.substring(("/bot" + TOKEN + "/").length()).toLowerCase(Locale.ROOT);
        methods.add(method);
        Map<String, FilePart> files = new HashMap<>();
        JsonNode body = body(r, files);
        switch (method) {
            case "getupdates":
                if (!webhook.isEmpty()) {
                    // as Telegram: a bot with a webhook cannot be long-polled
                    return error(409, "Conflict: can't use getUpdates method while webhook is active");
                }
                return ok(getUpdates(body));
            case "setwebhook":
                if (!body.path("url").asText().startsWith("https://")) {
                    return error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
                }
                body.fields().forEachRemaining(f -> webhook.put(f.getKey(), f.getValue().asText()));
                return ok(JSON.getNodeFactory().booleanNode(true));
            case "deletewebhook":
                webhook.clear();
                return ok(JSON.getNodeFactory().booleanNode(true));
            case "setmycommands":
                return ok(JSON.getNodeFactory().booleanNode(true));
            case "getme": {
                ObjectNode me = JSON.createObjectNode();
                me.put("id", 1);
                me.put("is_bot", true);
                me.put("first_name", "newsdesk");
                me.put("username", "newsdesk_bot");
                return ok(me);
            }
            case "getchatmember": {
                ObjectNode m = JSON.createObjectNode();
                String status = memberStatus.getOrDefault(body.path("chat_id").asText() + "/"
                        + body.path("user_id").asText(), "member");
                m.put("status", status);
                ObjectNode user = m.putObject("user");
                user.put("id", body.path("user_id").asLong());
                user.put("is_bot", false);
                user.put("first_name", "U");
                if (status.equals("administrator")) {
                    m.put("can_be_edited", false);
                    m.put("is_anonymous", false);
                    m.put("can_manage_chat", true);
                    m.put("can_delete_messages", true);
                    m.put("can_manage_video_chats", true);
                    m.put("can_restrict_members", true);
                    m.put("can_promote_members", false);
                    m.put("can_change_info", true);
                    m.put("can_invite_users", true);
                    m.put("can_post_stories", false);
                    m.put("can_edit_stories", false);
                    m.put("can_delete_stories", false);
                }
                return ok(m);
            }
            case "sendmessage":
                return sendMessage(body);
            case "editmessagetext":
                return editMessageText(body);
            case "sendphoto":
                return sendPhoto(body, upload(body.path("photo").asText(""), files.get("photo"), files));
            default:
                return error(404, "Not Found: method not found");
        }
    }

    /** The answer Telegram gives before looking at the message: blocked, migrated, or too many requests. */
    private MockResponse refusal(String chatId, long now) {
        if (forbidden.containsKey(chatId)) {
            return error(403, "Forbidden: bot was blocked by the user");
        }
        if (migrated.containsKey(chatId)) {
            return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                    .setBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was "
                            + "upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
                            + migrated.get(chatId) + "}}");
        }
        synchronized (this) {
            if (tooManyNext > 0) {
                tooManyNext--;
                rejected429.add(now);
                return tooMany(retryAfter);
            }
            if (enforceLimits) {
                double[] c = perChat.computeIfAbsent(chatId, k -> new double[] {3, now});
                c[0] = Math.min(3, c[0] + (now - c[1]) / 1e9);
                c[1] = now;
                prune(global, now, TimeUnit.SECONDS.toNanos(1));
                if (c[0] < 1 || global.size() >= overallPerSecond) {
                    rejected429.add(now);
                    return tooMany(1);
                }
                c[0] -= 1;
                global.add(now);
            }
        }
        return null;
    }

    private MockResponse sendMessage(JsonNode body) throws InterruptedException {
        String chatId = body.path("chat_id").asText();
        if (holdSends) {
            held.add(chatId + "\n" + body.path("text").asText());
            firstHeld.countDown();
            closing.await();
            return error(503, "Service Unavailable");
        }
        long now = System.nanoTime();
        MockResponse refused = refusal(chatId, now);
        if (refused != null) {
            return refused;
        }
        String text = body.path("text").asText();
        if (text.length() > 4096) {
            return error(400, "Bad Request: message is too long");
        }
        int id = nextMessageId.getAndIncrement();
        sent.add(new Sent(chatId, text, body.path("parse_mode").asText(null), previewsOff(body), now, id));
        texts.put(chatId + "/" + id, text);
        return ok(message(chatId, id).put("text", text));
    }

    private MockResponse editMessageText(JsonNode body) {
        String chatId = body.path("chat_id").asText();
        int id = body.path("message_id").asInt();
        MockResponse refused = refusal(chatId, System.nanoTime());
        if (refused != null) {
            return refused;
        }
        String text = body.path("text").asText();
        String before = texts.get(chatId + "/" + id);
        if (before == null) {
            return error(400, "Bad Request: message to edit not found");
        }
        if (uneditable.contains(id)) {
            return error(400, "Bad Request: message can't be edited");
        }
        if (before.equals(text)) {
            return error(400, "Bad Request: message is not modified: specified new message content and reply "
                    + "markup are exactly the same as a current content and reply markup of the message");
        }
        if (text.length() > 4096) {
            return error(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        texts.put(chatId + "/" + id, text);
        edits.add(new Edited(chatId, id, text, body.path("parse_mode").asText(null), previewsOff(body)));
        return ok(message(chatId, id).put("text", text));
    }

    private MockResponse sendPhoto(JsonNode body, FilePart photo) throws IOException {
        String chatId = body.path("chat_id").asText();
        MockResponse refused = refusal(chatId, System.nanoTime());
        if (refused != null) {
            return refused;
        }
        if (photo == null) {
            return error(400, "Bad Request: there is no photo in the request");
        }
        String caption = body.path("caption").asText("");
        if (caption.length() > 1024) {
            return error(400, "Bad Request: message caption is too long");
        }
        if (ImageIO.read(new ByteArrayInputStream(photo.bytes())) == null) {
            return error(400, "Bad Request: IMAGE_PROCESS_FAILED");
        }
        int id = nextMessageId.getAndIncrement();
        photos.add(new Photo(chatId, photo.bytes(), photo.fileName(), photo.contentType(), caption,
                body.path("parse_mode").asText(null), body.path("caption_entities").asText(null), id));
        ObjectNode m = message(chatId, id);
        ObjectNode size = m.putArray("photo").addObject();
        size.put("file_id", "photo-" + id);
        size.put("file_unique_id", "u" + id);
        size.put("width", 1000);
        size.put("height", 500);
        if (!caption.isEmpty()) {
            m.put("caption", caption);
        }
        return ok(m);
    }

    /** The uploaded file a field names: its own file part, or {@code attach://NAME} for the part named NAME. */
    private static FilePart upload(String field, FilePart own, Map<String, FilePart> files) {
        if (own != null) {
            return own;
        }
        return field.startsWith("attach://") ? files.get(field.substring("attach://".length())) : null;
    }

    private static boolean previewsOff(JsonNode body) {
        return body.path("link_preview_options").path("is_disabled").asBoolean(false)
                || body.path("disable_web_page_preview").asBoolean(false);
    }

    private static ObjectNode message(String chatId, int id) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", id);
        m.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = m.putObject("chat");
        chat.put("id", Long.parseLong(chatId));
        chat.put("type", "private");
        return m;
    }

    private static void prune(Deque<Long> d, long now, long window) {
        while (!d.isEmpty() && d.peekFirst() <= now - window) {
            d.pollFirst();
        }
    }

    private JsonNode getUpdates(JsonNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        long deadline = System.currentTimeMillis() + 100;
        while (true) {
            synchronized (this) {
                while (!updates.isEmpty() && updates.peekFirst().path("update_id").asLong() < offset) {
                    updates.pollFirst();
                }
                if (!updates.isEmpty()) {
                    List<ObjectNode> batch = new ArrayList<>(updates);
                    lastUpdateIdServed = batch.get(batch.size() - 1).path("update_id").asLong();
                    return JSON.valueToTree(batch);
                }
            }
            if (System.currentTimeMillis() >= deadline) {
                return JSON.createArrayNode();
            }
            Thread.sleep(5);
        }
    }

    /** The request's fields: JSON, a form, or multipart (whose file parts go to {@code files}). */
    private static JsonNode body(RecordedRequest r, Map<String, FilePart> files) throws IOException {
        String type = r.getHeader("Content-Type");
        if (type != null && type.startsWith("multipart/")) {
            return multipart(r, type, files);
        }
        String raw = r.getBody().readUtf8();
        if (raw.isEmpty()) {
            return JSON.createObjectNode();
        }
        if (type != null && type.contains("json")) {
            return JSON.readTree(raw);
        }
        ObjectNode o = JSON.createObjectNode();
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                o.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return o;
    }

    private static JsonNode multipart(RecordedRequest r, String type, Map<String, FilePart> files)
            throws IOException {
        Matcher b = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(type);
        if (!b.find()) {
            throw new IOException("multipart without a boundary: " + type);
        }
        ObjectNode o = JSON.createObjectNode();
        try (MultipartReader reader = new MultipartReader(r.getBody(), b.group(1))) {
            MultipartReader.Part next;
            while ((next = reader.nextPart()) != null) {
                try (MultipartReader.Part part = next) {
                    String disposition = part.headers().get("Content-Disposition");
                    String name = attribute(disposition, "name");
                    String fileName = attribute(disposition, "filename");
                    byte[] bytes = part.body().readByteArray();
                    if (fileName != null) {
                        files.put(name, new FilePart(bytes, fileName, part.headers().get("Content-Type")));
                    } else if (name != null) {
                        o.put(name, new String(bytes, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return o;
    }

    private static String attribute(String disposition, String name) {
        if (disposition == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?:^|;)\\s*" + name + "=\"([^\"]*)\"").matcher(disposition);
        return m.find() ? m.group(1) : null;
    }

    private static MockResponse ok(JsonNode result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ok", true);
        o.set("result", result);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(o.toString());
    }

    private static MockResponse error(int code, String description) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
    }

    private static MockResponse tooMany(int retryAfter) {
        return new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                        + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
    }

    List<String> methodsSeen() {
        return Collections.unmodifiableList(methods);
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        server.shutdown();
    }
}
