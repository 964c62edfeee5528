package dev.newsdesk.core.chat;

import java.time.Instant;

/**
 * A chat's keyword alert.
 *
 * @param chat    the chat alerted
 * @param id      small number, unique within the chat
 * @param query   the query in the query language
 * @param addedBy who added it, e.g. {@code telegram:42}
 * @param addedAt when
 */
public record Subscription(ChatRef chat, long id, String query, String addedBy, Instant addedAt) {
}
