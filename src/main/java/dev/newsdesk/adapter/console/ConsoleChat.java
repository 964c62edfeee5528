package dev.newsdesk.adapter.console;

import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.app.chat.ChatService;
import dev.newsdesk.app.chat.Incoming;
import dev.newsdesk.app.chat.Replies;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import dev.newsdesk.core.chat.Pacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console chat: the operator's private chat on standard input and output, plain text. Answers are printed
 * directly; alerts for the console chat come through the outbox ({@link ChatPlatform}) and are printed too.
 */
public final class ConsoleChat implements ChatPlatform, Replies {
    private static final Logger log = LoggerFactory.getLogger(ConsoleChat.class);
    /** The console's one chat. */
    public static final ChatRef CHAT = new ChatRef("console", "operator");
    private final ChatService chat;
    private final PrintStream out;
    private final PlainText renderer = new PlainText();
    private final AtomicLong messages = new AtomicLong();

    public ConsoleChat(ChatService chat, PrintStream out) {
        this.chat = chat;
        this.out = out;
    }

    /** Answers each line of {@code in} until the end of input. Lines that are not commands get a hint. */
    public void serve(BufferedReader in) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!text.startsWith("/")) {
                    text = "/" + text;
                }
                Incoming msg = new Incoming(CHAT, ChatType.PRIVATE, "operator", "operator",
                        String.valueOf(messages.incrementAndGet()), text);
                try {
                    chat.handle(msg, null, this);
                } catch (RuntimeException e) {
                    log.error("console: command failed", e);
                    print("Sorry, that failed: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("console: input failed: {}", e.toString());
        }
        log.info("console: end of input");
    }

    @Override
    public void reply(Incoming to, ChatMessage answer) {
        renderer.render(answer).forEach(this::print);
    }

    private synchronized void print(String text) {
        out.println(text);
        out.println();
        out.flush();
    }

    @Override
    public String platform() {
        return CHAT.platform();
    }

    @Override
    public Pacer.Limits limits() {
        return Pacer.Limits.NONE;
    }

    @Override
    public SendResult send(ChatRef to, String payload, String format, boolean previews) {
        print(payload);
        return new SendResult.Sent(String.valueOf(messages.incrementAndGet()));
    }

    /** The renderer for the console's deliveries. */
    public PlainText renderer() {
        return renderer;
    }
}
