package dev.newsdesk.adapter.telegram;

import dev.newsdesk.app.chat.ChatLanes;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.ChatStore;
import dev.newsdesk.app.chat.Incoming;
import dev.newsdesk.app.chat.Outbox;
import dev.newsdesk.app.chat.Replies;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The Telegram bot over long polling: deletes any webhook, publishes the command menu, then hands every update to a
 * worker pool so that slow commands never hold up the polling loop. Answers go through the outbox
 * ({@link Replies}); group migrations move the chat's settings; a bot removed from a chat stops writing there.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private final String token;
    private final TelegramUrl url;
    private final TelegramClient client;
    private final ChatService chat;
    private final ChatStore chats;
    private final Outbox outbox;
    private final Replies replies;
    /** A chat's updates always take the same lane, so they are answered in order. */
    private final ChatLanes lanes;
    private TelegramBotsLongPollingApplication app;
    private volatile String botName;
    private LongConsumer onUpdate = n -> { };

    /**
     * @param workers threads answering commands (each chat's commands are answered in order, on one of them)
     */
    public TelegramBot(String token, TelegramUrl url, TelegramClient client, ChatService chat, ChatStore chats,
                       Outbox outbox, Replies replies, int workers) {
        this.token = token;
        this.url = url;
        this.client = client;
        this.chat = chat;
        this.chats = chats;
        this.outbox = outbox;
        this.replies = replies;
        this.lanes = new ChatLanes("telegram-chat", workers);
    }

    /** For measurements: called with System.nanoTime() when an update is received. */
    public void onUpdateReceived(LongConsumer hook) {
        this.onUpdate = hook;
    }

    /** Prepares the bot (webhook off, commands, own name) and starts polling. */
    public void start() throws TelegramApiException {
        client.execute(new DeleteWebhook(false));
        try {
            User me = client.execute(new GetMe());
            botName = me == null ? null : me.getUserName();
        } catch (TelegramApiException e) {
            log.warn("telegram: getMe failed, /cmd@name is accepted for any name: {}", e.getMessage());
        }
        List<BotCommand> menu = dev.newsdesk.app.chat.ChatCommands.menu().stream()
                .map(c -> new BotCommand(c[0], c[1])).toList();
        try {
            client.execute(new SetMyCommands(menu));
        } catch (TelegramApiException e) {
            log.warn("telegram: setMyCommands failed: {}", e.getMessage());
        }
        app = new TelegramBotsLongPollingApplication();
        BotSession session = app.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), this::consume);
        if (!session.isRunning()) {
            session.start();
        }
        log.info("telegram: polling bot={}", botName);
    }

    private void consume(List<Update> updates) {
        long received = System.nanoTime();
        for (Update u : updates) {
            onUpdate.accept(received);
            lanes.submit(String.valueOf(laneKey(u)), () -> {
                try {
                    handle(u);
                } catch (RuntimeException e) {
                    log.error("telegram: update failed update={}", u.getUpdateId(), e);
                }
            });
        }
    }

    /** The chat an update belongs to (its lane), or the update id when it names no chat. */
    private static long laneKey(Update u) {
        if (u.hasMessage()) {
            return u.getMessage().getChatId();
        }
        if (u.hasMyChatMember()) {
            return u.getMyChatMember().getChat().getId();
        }
        if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
            return u.getCallbackQuery().getMessage().getChatId();
        }
        return u.getUpdateId();
    }

    /** Handles one update (public for tests that drive the bot without polling). */
    public void handle(Update u) {
        if (u.hasMyChatMember()) {
            String status = u.getMyChatMember().getNewChatMember().getStatus();
            ChatRef ref = ref(u.getMyChatMember().getChat());
            if ("kicked".equals(status) || "left".equals(status)) {
                chats.setActive(ref, false);
                log.info("telegram: removed from chat={}", ref);
            }
            return;
        }
        Message m = u.hasMessage() ? u.getMessage() : u.hasChannelPost() ? u.getChannelPost() : null;
        if (m == null || m.getChat() == null) {
            return;
        }
        ChatRef ref = ref(m.getChat());
        if (m.getMigrateToChatId() != null) {
            migrate(ref, new ChatRef("telegram", m.getMigrateToChatId().toString()));
            return;
        }
        if (m.getMigrateFromChatId() != null) {
            migrate(new ChatRef("telegram", m.getMigrateFromChatId().toString()), ref);
            return;
        }
        if (m.getText() == null) {
            return;
        }
        Chat c = m.getChat();
        String title = c.getTitle() != null ? c.getTitle() : c.getFirstName() == null ? "" : c.getFirstName();
        String user = m.getFrom() == null ? "" : String.valueOf(m.getFrom().getId());
        Incoming in = new Incoming(ref, type(c.getType()), title, user, String.valueOf(m.getMessageId()),
                m.getText());
        chat.handle(in, botName, replies);
    }

    private void migrate(ChatRef from, ChatRef to) {
        chats.migrate(from, to);
        int moved = outbox.moveChat(from, to);
        log.info("telegram: chat migrated from={} to={} pending_moved={}", from, to, moved);
    }

    private static ChatRef ref(Chat c) {
        return new ChatRef("telegram", String.valueOf(c.getId()));
    }

    static ChatType type(String t) {
        if (t == null) {
            return ChatType.GROUP;
        }
        return switch (t) {
            case "private" -> ChatType.PRIVATE;
            case "channel" -> ChatType.CHANNEL;
            default -> ChatType.GROUP;
        };
    }

    /** Stops polling and the workers. */
    @Override
    public void close() {
        try {
            if (app != null) {
                // unregister first: it stops the session's polling before the application shuts its executors
                app.unregisterBot(token);
                app.close();
            }
        } catch (Exception e) {
            log.warn("telegram: stop failed: {}", e.toString());
        }
        lanes.close();
    }
}
