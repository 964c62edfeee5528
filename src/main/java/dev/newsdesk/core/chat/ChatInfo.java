package dev.newsdesk.core.chat;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What is remembered about a chat.
 *
 * @param ref    the chat
 * @param title  its title or the user's name (may be empty)
 * @param type   private, group or channel
 * @param zone   the zone times are shown in and schedules default to
 * @param active false once the platform said the bot may no longer write there
 */
public record ChatInfo(ChatRef ref, String title, ChatType type, ZoneId zone, boolean active) {
    public ChatInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        title = title == null ? "" : title;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }
}
