package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;

/** Asks the platform whether a user administers a chat. */
public interface ChatAdmins {

    /** True when {@code userId} is the creator or an administrator of {@code chat}; false when unknown. */
    boolean isAdmin(ChatRef chat, String userId);

    /** For platforms without chat administrators (the console). */
    ChatAdmins NONE = (chat, user) -> false;

    /** Asks the platform of the chat; chats of other platforms have no administrators. */
    static ChatAdmins byPlatform(java.util.Map<String, ChatAdmins> platforms) {
        java.util.Map<String, ChatAdmins> copy = java.util.Map.copyOf(platforms);
        return (chat, user) -> copy.getOrDefault(chat.platform(), NONE).isAdmin(chat, user);
    }
}
