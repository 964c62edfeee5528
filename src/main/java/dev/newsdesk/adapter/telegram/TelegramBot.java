package dev.newsdesk.adapter.telegram;

import dev.newsdesk.app.chat.ChatLanes;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.ChatStore;
import dev.newsdesk.app.chat.Incoming;
import dev.newsdesk.app.chat.Outbox;
import dev.newsdesk.app.chat.Replies;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The Telegram bot, over long polling ({@link #start()}: deletes any webhook, then polls) or a webhook
 * ({@link #startWebhook}: Telegram posts updates to {@link TelegramWebhook}, so any instance behind a load balancer
 * can answer, where only one process can long-poll a token). Either way it publishes the command menu and hands
 * every update to a worker pool so that slow commands never hold up the polling loop or the webhook. Answers go through the outbox
 * ({@link Replies}); group migrations move the chat's settings; a bot removed from a chat stops writing there.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    /** The updates {@link #handle} acts on; Telegram sends no others to the webhook. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "channel_post", "my_chat_member");
    /** Long polling counts as disconnected after this long without a successful getUpdates. */
    static final Duration POLL_SILENCE = Duration.ofMinutes(2);
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
    /** Set by {@link #start} or {@link #startWebhook}; until then the health probe says "not started". */
    private volatile Instant startedAt;
    private volatile boolean webhook;
    /** Long polling: when a getUpdates last answered 200 (set by an interceptor on the polling client). */
    private volatile Instant lastPollOk;
    private volatile String startProblem;

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
        try {
            client.execute(new DeleteWebhook(false));
        } catch (TelegramApiException e) {
            startProblem = "deleteWebhook failed: " + e.getMessage();
            throw e;
        }
        prepare();
        app = new TelegramBotsLongPollingApplication(ObjectMapper::new, this::pollingClient);
        BotSession session = app.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), this::consume);
        if (!session.isRunning()) {
            session.start();
        }
        startedAt = Instant.now();
        log.info("telegram: polling bot={}", botName);
    }

    /**
     * Prepares the bot and asks Telegram to post updates to {@code publicUrl} with {@code secret} in the
     * {@code X-Telegram-Bot-Api-Secret-Token} header. No long polling: Telegram refuses getUpdates while a webhook
     * is set. Serve {@link TelegramWebhook} at the URL's path before calling this: updates may arrive at once.
     */
    public void startWebhook(String publicUrl, String secret) throws TelegramApiException {
        webhook = true;
        prepare();
        try {
            client.execute(SetWebhook.builder().url(publicUrl).secretToken(secret).allowedUpdates(ALLOWED_UPDATES)
                    .build());
        } catch (TelegramApiException e) {
            startProblem = "setWebhook failed: " + e.getMessage();
            throw e;
        }
        startProblem = null;
        startedAt = Instant.now();
        log.info("telegram: webhook set bot={} url={}", botName, publicUrl);
    }

    /** Handles an update that came by webhook, as long polling would: on the chat's lane, in order. */
    public void accept(Update update) {
        consume(List.of(update));
    }

    /**
     * For the health check: null while the bot is connected, else what is wrong. Long polling is connected when a
     * getUpdates answered within {@link #POLL_SILENCE} (each waits at most 50 s for updates); a webhook when
     * Telegram accepted it.
     */
    public String problem() {
        Instant started = startedAt;
        if (started == null) {
            return startProblem != null ? startProblem : "not started";
        }
        if (webhook) {
            return null;
        }
        Instant last = lastPollOk != null ? lastPollOk : started;
        long silent = Duration.between(last, Instant.now()).toSeconds();
        return silent > POLL_SILENCE.toSeconds() ? "no successful getUpdates for " + silent + " s" : null;
    }

    /** When a getUpdates last answered 200, or null (long polling only). */
    Instant lastPollOk() {
        return lastPollOk;
    }

    /** The library's polling client, plus a note of every getUpdates that answered 200 (for {@link #problem}). */
    private OkHttpClient pollingClient() {
        return new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get().newBuilder()
                .addInterceptor(chain -> {
                    Response r = chain.proceed(chain.request());
                    if (r.code() == 200 && chain.request().url().encodedPath().toLowerCase(Locale.ROOT)
                            .endsWith("/getupdates")) {
                        lastPollOk = Instant.now();
                    }
                    return r;
                }).build();
    }

    /** Own name (for /cmd@name) and the command menu; neither is fatal. */
    private void prepare() {
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
