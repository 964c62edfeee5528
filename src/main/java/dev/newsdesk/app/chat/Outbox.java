package dev.newsdesk.app.chat;

import dev.newsdesk.app.Lease;
import dev.newsdesk.core.chat.ChatRef;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persistent outbox. A delivery is recorded before it is sent and marked when the platform accepts it, so a
 * restart loses nothing pending and sends nothing accepted again.
 */
public interface Outbox {

    /**
     * Records deliveries in one transaction; a delivery whose key is recorded already is left alone.
     *
     * @return how many were new
     */
    int enqueue(List<Delivery> deliveries, Instant now);

    /** Pending deliveries due at {@code now}, oldest first (by creation, then key), at most {@code limit}. */
    List<Delivery> due(Instant now, int limit);

    /**
     * Claims the deliveries to send now for {@code lease}'s owner, oldest first, at most {@code limit}: of each chat
     * only its oldest due delivery (so that parts keep their order across instances), and only when no other
     * instance holds a live claim on it. This owner's own claims are returned again and extended, so that a delivery
     * waiting for its chat's pace stays with this instance. A claim ends when the outcome is recorded
     * ({@link #markSent}, {@link #retryAt}, {@link #fail}), or when it expires unrenewed (the instance died).
     */
    List<Delivery> claim(Instant now, int limit, Lease lease);

    /** Ends every claim of this owner (a clean stop), so that other instances need not wait for them to expire. */
    void releaseClaims(Lease lease);

    /**
     * The platform accepted it: never send it again. The chat's next pending delivery stays a moment with the same
     * instance (a short claim, unless another instance holds it), so that a series to one chat is paced by the one
     * instance that knows what the chat just got rather than sent by several in turn.
     */
    void markSent(String key, String platformMessageId, Instant now);

    /**
     * Try again at {@code when}; later pending deliveries to the same chat wait at least as long, so that parts keep
     * their order.
     */
    void retryAt(Delivery d, Instant when, int attempts, String error);

    /** Give up on one delivery. */
    void fail(String key, String error, Instant now);

    /** Give up on every pending delivery to a chat (the bot was blocked); returns how many. */
    int failPending(ChatRef chat, String error, Instant now);

    /** Re-addresses pending deliveries of a chat that moved. */
    int moveChat(ChatRef from, ChatRef to);

    /** The state of one delivery, for checks: {@code pending}, {@code sent} or {@code failed}. */
    Optional<String> state(String key);

    /** The platform's id of the message a delivery became, once it was sent. */
    Optional<String> messageId(String key);

    /** How many deliveries are pending. */
    long pendingCount();
}
