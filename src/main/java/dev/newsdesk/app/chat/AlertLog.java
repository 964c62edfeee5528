package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What keeps alerts quiet: which stories a chat was alerted to (and in which version), how many alerts it got lately,
 * and the matches held back past the hourly cap. Alerts are recorded with their deliveries in one transaction.
 */
public interface AlertLog {

    /** A story alerted to a chat: its version then, the outbox key of the alert, and when. */
    record Alerted(String version, String alertKey, Instant at) {
    }

    /** A match held back past the cap. */
    record Held(String itemId, String title, String url, Instant at) {
    }

    Optional<Alerted> alerted(ChatRef chat, String storyKey);

    /** Every chat alerted to this story (its updates may be edits). */
    java.util.Map<ChatRef, Alerted> alertedTo(String storyKey);

    /**
     * Records an alert (or an edit of one: same story, new version) with its deliveries. A story alerted already is
     * not alerted again: returns false and records nothing.
     */
    boolean recordAlert(ChatRef chat, String storyKey, String version, List<Delivery> deliveries, Instant now);

    /** Records an edit of an alerted story, moving it to {@code version}; false when that version was recorded. */
    boolean recordEdit(ChatRef chat, String storyKey, String version, List<Delivery> deliveries);

    /** Alert messages (not edits) sent or pending for the chat since {@code since}. */
    int alertsSince(ChatRef chat, Instant since);

    /**
     * Holds a match back (once per item) and counts its story as alerted, with no message to edit: the folded
     * message covers it, and a later item of the same story is no new alert.
     */
    void hold(ChatRef chat, String storyKey, String version, Held held);

    /** Chats with matches held back. */
    List<ChatRef> chatsHolding();

    /** The matches held back for a chat, oldest first. */
    List<Held> held(ChatRef chat);

    /** Sends the folded message and forgets the matches it covers, in one transaction. */
    void release(ChatRef chat, List<Held> held, List<Delivery> deliveries, Instant now);
}
