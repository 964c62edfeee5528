package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;

import java.time.Instant;
import java.util.Objects;

/**
 * One message in the outbox.
 *
 * @param key           the delivery key, unique: the same key is never delivered twice
 * @param chat          where it goes
 * @param shared        true for groups and channels (they have a per-minute limit)
 * @param kind          {@code reply}, {@code alert}, {@code digest}
 * @param payload       the rendered text
 * @param format        {@code html} or {@code plain}
 * @param previews      whether link previews are wanted
 * @param attempts      failed attempts so far
 * @param nextAttemptAt not sent before this
 * @param editOf        when set, the key of an earlier delivery whose message this one replaces (a story update)
 * @param picture       when set, a PNG sent as a picture with {@code payload} as its caption
 */
public record Delivery(String key, ChatRef chat, boolean shared, String kind, String payload, String format,
                       boolean previews, int attempts, Instant nextAttemptAt, String editOf, byte[] picture) {
    /** A plain message. */
    public Delivery(String key, ChatRef chat, boolean shared, String kind, String payload, String format,
                    boolean previews, int attempts, Instant nextAttemptAt) {
        this(key, chat, shared, kind, payload, format, previews, attempts, nextAttemptAt, null, null);
    }

    /** The same delivery with another payload (a platform adding where the answer goes). */
    public Delivery withPayload(String newPayload) {
        return new Delivery(key, chat, shared, kind, newPayload, format, previews, attempts, nextAttemptAt, editOf,
                picture);
    }

    public Delivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
}
