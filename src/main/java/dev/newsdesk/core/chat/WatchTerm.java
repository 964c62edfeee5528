package dev.newsdesk.core.chat;

import java.time.Instant;

/** A term on a chat's watch-list, with who added it and when. */
public record WatchTerm(ChatRef chat, String term, String addedBy, Instant addedAt) {
}
