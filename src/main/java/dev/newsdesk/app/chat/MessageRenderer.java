package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatMessage;

import java.util.List;

/** Turns a neutral message into one or more platform messages, each within the platform's size limit. */
public interface MessageRenderer {

    /** {@code html} or {@code plain}: how the platform must read the payload. */
    String format();

    /** The parts, in order; never empty. */
    List<String> render(ChatMessage message);
}
