package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.CommandText;

import java.time.Instant;

/** One command to answer: the message, the chat as stored, the parsed command and the time. */
record Request(Incoming in, ChatInfo chat, CommandText cmd, Instant now) {
}
