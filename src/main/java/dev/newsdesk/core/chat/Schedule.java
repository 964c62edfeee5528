package dev.newsdesk.core.chat;

import java.time.Instant;

/** A chat's scheduled digest as stored: its number in the chat, the spec, who added it and when. */
public record Schedule(ChatRef chat, long id, ScheduleSpec spec, String addedBy, Instant addedAt) {
}
