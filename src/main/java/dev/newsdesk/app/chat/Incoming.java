package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;

import java.util.Objects;

/**
 * A message someone wrote to the bot.
 *
 * @param chat      where
 * @param type      private, group or channel
 * @param chatTitle the chat's title or the user's name (may be empty)
 * @param userId    the author's platform id (empty for channel posts)
 * @param messageId the platform's message id, used in the reply's delivery key
 * @param text      what was written
 */
public record Incoming(ChatRef chat, ChatType type, String chatTitle, String userId, String messageId,
                       String text) {
    public Incoming {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(type, "type");
        chatTitle = chatTitle == null ? "" : chatTitle;
        userId = userId == null ? "" : userId;
        Objects.requireNonNull(messageId, "messageId");
        text = text == null ? "" : text;
    }

    /** {@code platform:userId}, how "added by" is recorded. */
    public String author() {
        return chat.platform() + ":" + userId;
    }
}
