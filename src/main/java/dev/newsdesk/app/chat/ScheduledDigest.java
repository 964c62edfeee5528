package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.DueTimes;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A digest sent on a schedule: a chat's {@code /schedule} or an operator's {@code digests:} entry.
 *
 * @param chat    where it goes
 * @param key     unique per chat: {@code chat:<n>} or {@code config:<n>}; part of every delivery key
 * @param due     when it falls due
 * @param topics  topic ids (empty: top stories)
 * @param options {@code quiet}, {@code chart}
 * @param addedAt when a chat added it; null for the operator's (the digest log remembers when it was first seen)
 */
public record ScheduledDigest(ChatRef chat, String key, DueTimes due, List<String> topics, Set<String> options,
                              Instant addedAt) {
    public ScheduledDigest {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(due, "due");
        topics = List.copyOf(topics);
        options = Set.copyOf(options);
    }
}
