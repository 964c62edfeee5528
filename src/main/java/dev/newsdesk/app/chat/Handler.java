package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatMessage;

/** Answers one command. */
@FunctionalInterface
interface Handler {
    ChatMessage answer(Request r) throws CommandError;
}
