package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatMessage;

/** Where the answer to a message goes: the outbox for real platforms, the terminal for the console. */
public interface Replies {

    /** Delivers the answer to {@code to}. */
    void reply(Incoming to, ChatMessage answer);
}
