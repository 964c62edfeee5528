package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.digest.Digest;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What chats got in scheduled digests. A scheduled digest is recorded together with its deliveries, in one
 * transaction: a crash leaves either both or neither, so a digest is never sent twice nor forgotten as seen.
 */
public interface DigestLog {

    /** Stories this chat got in scheduled digests due at or after {@code since}: story key → version. */
    Map<String, String> seen(ChatRef chat, Instant since);

    /** Whether the digest of this schedule due at {@code dueAt} was handled already (sent, or empty and skipped). */
    boolean handled(ChatRef chat, String scheduleKey, Instant dueAt);

    /**
     * When this schedule was first seen, remembering {@code now} the first time: the operator's schedules have no
     * "added at" of their own, and a schedule is never due before it existed.
     */
    Instant firstSeen(ChatRef chat, String scheduleKey, Instant now);

    /**
     * Records a scheduled digest as handled, with the stories it showed and its deliveries (none for an empty digest
     * that sends nothing). Does nothing when it was recorded already.
     *
     * @return whether it was new
     */
    boolean record(ChatRef chat, String scheduleKey, Instant dueAt, List<Digest.Entry> shown,
                   List<Delivery> deliveries, Instant now);
}
