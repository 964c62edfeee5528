package dev.newsdesk.adapter.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.newsdesk.app.chat.ChatLanes;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.Incoming;
import dev.newsdesk.app.chat.OutboxReplies;
import dev.newsdesk.app.chat.Replies;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * The Slack bot on Bolt: slash commands ({@code /newsdesk digest ai-alliances}), mentions
 * ({@code @newsdesk digest}), direct messages and the command buttons of its own messages all become an
 * {@link Incoming} for {@link ChatService}. Bolt's handlers only hand the work to the chat's lane and acknowledge,
 * so Slack hears back well within its 3 s; the answer follows through the outbox ({@code response_url} for slash
 * commands and buttons, else {@code chat.postMessage}). Runs over Socket Mode, or behind {@link SlackEventsEndpoint}
 * in HTTP mode.
 */
public final class SlackBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    /** Slack allows five answers to one {@code response_url}; later parts go through {@code chat.postMessage}. */
    private static final int RESPONSE_URL_USES = 5;
    private final App app;
    private final ChatService chat;
    private final OutboxReplies replies;
    private final ChatLanes lanes;
    /** Messages already taken: Slack delivers an event again when it missed the acknowledgement. */
    private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(15))
            .maximumSize(50_000).build();
    private SocketModeApp socketMode;
    private LongConsumer onReceived = t -> { };

    /**
     * @param signingSecret for HTTP mode (Bolt checks it again after {@link SlackEventsEndpoint}); may be empty in
     *                      Socket Mode
     * @param workers       threads answering commands (each channel's commands are answered in order)
     */
    public SlackBot(SlackApi api, String signingSecret, ChatService chat, OutboxReplies replies, int workers) {
        this.chat = chat;
        this.replies = replies;
        this.lanes = new ChatLanes("slack-chat", workers);
        AppConfig config = AppConfig.builder()
                .slack(api.slack())
                .singleTeamBotToken(api.botToken())
                .signingSecret(signingSecret == null || signingSecret.isEmpty() ? null : signingSecret)
                // auth.test once at start: its answer (the bot's user id) does not change while we run
                .authTestCacheExpirationMillis(-1)
                // events we do not handle are acknowledged quietly instead of retried by Slack and logged
                .allEventsApiAutoAckEnabled(true)
                .build();
        this.app = new App(config);
        app.command(Pattern.compile("^/.+"), (req, ctx) -> {
            onCommand(req.getPayload());
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (req, ctx) -> {
            onMention(req.getEvent(), ctx.getBotUserId());
            return ctx.ack();
        });
        app.event(MessageEvent.class, (req, ctx) -> {
            onDirectMessage(req.getEvent(), ctx.getBotUserId());
            return ctx.ack();
        });
        app.blockAction(Pattern.compile("^" + Pattern.quote(SlackBlocks.ACTION_PREFIX) + "\\d+$"), (req, ctx) -> {
            onButton(req.getPayload());
            return ctx.ack();
        });
    }

    /** For measurements: called with System.nanoTime() when a command, mention or message is taken. */
    public void onReceived(LongConsumer hook) {
        this.onReceived = hook;
    }

    /** Connects over Socket Mode (Java-WebSocket); Bolt reconnects on its own when the socket drops. */
    public void startSocketMode(String appToken) throws Exception {
        app.start();
        socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        socketMode.startAsync();
        log.info("slack: connected over socket mode");
    }

    /** Prepares for HTTP mode ({@code auth.test}); requests then come through {@link #run}. */
    public void startHttp() {
        app.start();
        log.info("slack: serving events over http");
    }

    /** Runs one verified request through Bolt (HTTP mode). */
    Response run(Request<?> request) throws Exception {
        return app.run(request);
    }

    App app() {
        return app;
    }

    private void onCommand(SlashCommandPayload p) {
        String text = SlackText.plain(p.getText()).strip();
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        take(new Incoming(ref(p.getChannelId()), type(p.getChannelId(), p.getChannelName()),
                p.getChannelName(), p.getUserId(), "cmd-" + p.getTriggerId(), "/" + (text.isEmpty() ? "help" : text)),
                p.getResponseUrl());
    }

    private void onMention(AppMentionEvent e, String botUserId) {
        if (e.getBotId() != null || e.getUser() == null || e.getChannel() == null) {
            return;
        }
        take(new Incoming(ref(e.getChannel()), type(e.getChannel(), null), "", e.getUser(), e.getTs(),
                SlackText.command(e.getText(), botUserId)), null);
    }

    /** Messages in the bot's own direct-message channel; elsewhere only mentions address the bot. */
    private void onDirectMessage(MessageEvent e, String botUserId) {
        if (!"im".equals(e.getChannelType()) || e.getBotId() != null || e.getUser() == null
                || e.getUser().equals(botUserId) || e.getChannel() == null) {
            return;
        }
        take(new Incoming(ref(e.getChannel()), ChatType.PRIVATE, "", e.getUser(), e.getTs(),
                SlackText.command(e.getText(), botUserId)), null);
    }

    private void onButton(BlockActionPayload p) {
        String channel = p.getChannel() != null ? p.getChannel().getId()
                : p.getContainer() != null ? p.getContainer().getChannelId() : null;
        if (channel == null || p.getUser() == null || p.getActions() == null) {
            return;
        }
        for (BlockActionPayload.Action a : p.getActions()) {
            if (a.getValue() == null || !a.getActionId().startsWith(SlackBlocks.ACTION_PREFIX)) {
                continue;
            }
            take(new Incoming(ref(channel), type(channel, p.getChannel() == null ? null : p.getChannel().getName()),
                    "", p.getUser().getId(), "act-" + a.getActionTs() + "-" + a.getActionId(),
                    "/" + SlackText.plain(a.getValue())), p.getResponseUrl());
        }
    }

    /** Hands a message to its channel's lane, once. */
    private void take(Incoming in, String responseUrl) {
        onReceived.accept(System.nanoTime());
        if (seen.asMap().putIfAbsent(in.chat() + "/" + in.messageId(), Boolean.TRUE) != null) {
            log.debug("slack: already taken chat={} message={}", in.chat(), in.messageId());
            return;
        }
        Replies to = responseUrl == null || responseUrl.isBlank() ? replies
                : (i, answer) -> replies.reply(i, answer, (part, payload) -> part < RESPONSE_URL_USES
                ? SlackPayload.withResponseUrl(payload, responseUrl) : payload);
        boolean queued = lanes.submit(in.chat().toString(), () -> {
            try {
                chat.handle(in, null, to);
            } catch (RuntimeException e) {
                log.error("slack: message failed chat={} message={}", in.chat(), in.messageId(), e);
            }
        });
        if (!queued) {
            log.warn("slack: stopping, message not taken chat={} message={}", in.chat(), in.messageId());
        }
    }

    private static ChatRef ref(String channelId) {
        return new ChatRef("slack", channelId);
    }

    /**
     * A direct message with the bot ({@code D…} ids, {@code directmessage} in slash commands) is the user's own;
     * channels, private channels and group DMs are shared.
     */
    static ChatType type(String channelId, String channelName) {
        if ((channelId != null && channelId.startsWith("D")) || "directmessage".equals(channelName)) {
            return ChatType.PRIVATE;
        }
        return ChatType.GROUP;
    }

    /** Disconnects and stops the workers (waiting briefly for the answers in hand). */
    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
            app.stop();
        } catch (Exception e) {
            log.warn("slack: stop failed: {}", e.toString());
        }
        lanes.close();
    }
}
