package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Schedule;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.chat.Subscription;
import dev.newsdesk.core.chat.WatchTerm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Per-chat state: the chat itself, its watch-list, subscriptions, schedules and the last numbered list shown. */
public interface ChatStore {

    /** Records the chat (or refreshes title and type), keeping its settings; returns what is stored. */
    ChatInfo upsert(ChatInfo chat, Instant now);

    Optional<ChatInfo> find(ChatRef chat);

    /** Marks a chat active or inactive (inactive: the bot was blocked or removed). */
    void setActive(ChatRef chat, boolean active);

    /** Moves a chat and all its settings to a new id (a Telegram group that became a supergroup). */
    void migrate(ChatRef from, ChatRef to);

    /** Adds a term; false when the chat has it already. */
    boolean addWatch(WatchTerm term);

    /** Removes a term (case-insensitive); false when it was not there. */
    boolean removeWatch(ChatRef chat, String term);

    List<WatchTerm> watchTerms(ChatRef chat);

    /** Adds a subscription with the next free number of the chat and returns it. */
    Subscription addSubscription(ChatRef chat, String query, String addedBy, Instant now);

    boolean removeSubscription(ChatRef chat, long id);

    List<Subscription> subscriptions(ChatRef chat);

    /** Every subscription of every active chat. */
    List<Subscription> allSubscriptions();

    Schedule addSchedule(ChatRef chat, ScheduleSpec spec, String addedBy, Instant now);

    boolean removeSchedule(ChatRef chat, long id);

    List<Schedule> schedules(ChatRef chat);

    /** Every chat's schedules (for the scheduler), of active chats only. */
    List<Schedule> allSchedules();

    /** Remembers the item ids of the last numbered list shown in the chat, for {@code /summary N}. */
    void rememberList(ChatRef chat, List<String> itemIds);

    /** The item ids of the last numbered list, in number order (empty when none). */
    List<String> lastList(ChatRef chat);
}
