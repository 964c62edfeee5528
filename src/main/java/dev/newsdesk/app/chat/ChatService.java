package dev.newsdesk.app.chat;

import dev.newsdesk.app.SourceStore;
import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.CommandText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers chat commands, the same on every platform: parses the text, records the chat, checks who may change
 * what, routes to the command and hands the answer to the platform's {@link Replies}. A failing command is answered
 * with a short apology and logged; it never stops the chat or the others.
 */
public final class ChatService {
    private static final Logger log = LoggerFactory.getLogger(ChatService.class);
    private final ChatStore chats;
    private final Clock clock;
    private final Map<String, Handler> handlers = new HashMap<>();

    public ChatService(NewsReader news, ChatStore chats, SourceStore sources, QueryLanguage language,
                       ChatAdmins chatAdmins, ChatSettings settings, DigestService digests, ChartRenderer charts,
                       ArticlePages pages, Clock clock) {
        this.chats = chats;
        this.clock = clock;
        Matchers matchers = new Matchers(language);
        Access access = new Access(chatAdmins, settings.admins());
        NewsCommands n = new NewsCommands(news, chats, settings, matchers, digests, charts, pages);
        SettingsCommands s = new SettingsCommands(chats, settings, matchers, access);
        SourceCommands src = new SourceCommands(sources, settings, access);
        handlers.put("help", r -> HelpText.help());
        handlers.put("start", r -> HelpText.help());
        handlers.put("digest", n::digest);
        handlers.put("latest", n::latest);
        handlers.put("search", n::search);
        handlers.put("summary", n::summary);
        handlers.put("topics", n::topics);
        handlers.put("watch", s::watch);
        handlers.put("subscribe", s::subscribe);
        handlers.put("unsubscribe", s::unsubscribe);
        handlers.put("subscriptions", s::subscriptions);
        handlers.put("schedule", s::schedule);
        handlers.put("schedules", s::schedules);
        handlers.put("unschedule", s::unschedule);
        handlers.put("sources", src::sources);
        handlers.put("source", src::source);
        handlers.put("status", r -> src.status(r, news));
    }

    /**
     * Answers one message when it is a command for this bot.
     *
     * @param botName the bot's user name (for {@code /cmd@botname}), or null
     * @return the answer that was handed to {@code replies}, or empty when the text was no command
     */
    public Optional<ChatMessage> handle(Incoming in, String botName, Replies replies) {
        Optional<CommandText> cmd = CommandText.parse(in.text(), botName);
        if (cmd.isEmpty()) {
            return Optional.empty();
        }
        ChatMessage answer = answer(in, cmd.get());
        try {
            replies.reply(in, answer);
        } catch (RuntimeException e) {
            log.error("chat: reply failed chat={} message={} command={}", in.chat(), in.messageId(), cmd.get().name(),
                    e);
        }
        return Optional.of(answer);
    }

    /** The answer to one parsed command; never throws. */
    public ChatMessage answer(Incoming in, CommandText cmd) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        Handler h = handlers.get(cmd.name());
        try {
            if (h == null) {
                return ChatMessage.text("Unknown command /" + cmd.name() + ". /help lists every command, e.g. "
                        + "/digest, /latest 5, /search Nvidia.");
            }
            ChatInfo chat = chats.upsert(new ChatInfo(in.chat(), in.chatTitle(), in.type(), null, true), now);
            return h.answer(new Request(in, chat, cmd, now));
        } catch (CommandError e) {
            return ChatMessage.text(e.getMessage());
        } catch (RuntimeException e) {
            log.error("chat: command failed chat={} message={} command={}", in.chat(), in.messageId(), cmd.name(), e);
            return ChatMessage.text("Sorry, /" + cmd.name() + " failed on our side. Please try again later.");
        } finally {
            log.debug("chat: answered chat={} message={} command={} ms={}", in.chat(), in.messageId(), cmd.name(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
