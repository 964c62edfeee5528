package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;

import java.time.Duration;

/** A chat platform as the outbox sees it: sends one rendered message and says how that went. */
public interface ChatPlatform {

    /** The platform name used in {@link ChatRef#platform()}. */
    String platform();

    /** The rate limits to keep. */
    Pacer.Limits limits();

    /**
     * Whether sending this payload counts towards {@link #limits()}: yes, unless the platform delivers it by a way
     * with limits of its own (Slack answers a slash command through its {@code response_url}, not
     * {@code chat.postMessage}).
     */
    default boolean underPostingLimits(String payload, String format) {
        return true;
    }

    /** Sends one message. Must not throw: every outcome is a {@link SendResult}. */
    SendResult send(ChatRef chat, String payload, String format, boolean previews);

    /**
     * Replaces the content of a message this bot sent before (a story update edits its alert instead of sending it
     * again). Must not throw. Platforms that cannot edit refuse, and the caller sends a new message instead.
     *
     * @param messageId the platform's id of the message, as {@link SendResult.Sent#messageId()} gave it
     */
    default SendResult edit(ChatRef chat, String messageId, String payload, String format, boolean previews) {
        return new SendResult.Rejected(platform() + " cannot edit messages");
    }

    /**
     * Sends a PNG picture (a chart) with a caption rendered for this platform. Must not throw.
     *
     * @param fileName a name for the file, e.g. {@code mentions.png}
     */
    default SendResult sendImage(ChatRef chat, byte[] png, String fileName, String caption, String format) {
        return new SendResult.Rejected(platform() + " cannot send pictures");
    }

    /** What came of one send. */
    sealed interface SendResult {
        /** Accepted; {@code messageId} is the platform's id of the message. */
        record Sent(String messageId) implements SendResult {
        }

        /** Too many requests: wait at least this long. */
        record RetryAfter(Duration delay) implements SendResult {
        }

        /** A network or server problem that may pass. */
        record Transient(String reason) implements SendResult {
        }

        /** The platform refused this message (bad request): trying again would fail again. */
        record Rejected(String reason) implements SendResult {
        }

        /** The bot may no longer write to the chat (blocked, removed, chat gone). */
        record Blocked(String reason) implements SendResult {
        }

        /** The chat moved to a new id (a group became a supergroup). */
        record Migrated(String newChatId) implements SendResult {
        }
    }
}
