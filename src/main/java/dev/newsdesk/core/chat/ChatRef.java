package dev.newsdesk.core.chat;

import java.util.Objects;

/**
 * One conversation on one platform.
 *
 * @param platform {@code telegram}, {@code slack} or {@code console}
 * @param chatId   the platform's id of the chat, as text
 */
public record ChatRef(String platform, String chatId) {
    public ChatRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
    }

    /** {@code platform:chatId}, the form config and logs use. */
    @Override
    public String toString() {
        return platform + ":" + chatId;
    }
}
