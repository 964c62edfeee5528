package dev.newsdesk.config;

import java.util.List;

/**
 * One operator digest of the {@code digests:} list.
 *
 * @param chat   {@code telegram:<chat id>} or {@code slack:<channel id>}
 * @param at     when: {@code daily 08:00 Europe/Berlin}, {@code weekly mon 09:00 UTC} or a cron expression with a zone
 * @param topics topic ids, plus {@code watchlist}
 */
public record DigestSpec(String chat, String at, List<String> topics) {
    public DigestSpec {
        topics = List.copyOf(topics);
    }
}
