package dev.newsdesk.app.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the chat use cases take from the configuration.
 *
 * @param topics           the configured topics, in order
 * @param watchlist        default watch terms of every chat
 * @param admins           {@code platform:userId} of users who may change any chat and add sources
 * @param minSourceInterval the shortest poll interval of a source added from chat
 * @param startedAt        when the process started, for {@code /status}
 */
public record ChatSettings(List<Topic> topics, List<String> watchlist, Set<String> admins,
                           Duration minSourceInterval, Instant startedAt) {
    public ChatSettings {
        topics = List.copyOf(topics);
        watchlist = List.copyOf(watchlist);
        admins = Set.copyOf(admins);
    }

    /** A topic: id, display name and query. */
    public record Topic(String id, String name, String query) {
    }
}
