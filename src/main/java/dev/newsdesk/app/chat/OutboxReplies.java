package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Replies through the persistent outbox: rendered for the platform, one delivery per part, keyed by message. */
public final class OutboxReplies implements Replies {
    /** The kind of the deliveries that answer a person: sent ahead of the spacing that smooths bulk sends. */
    public static final String KIND = "reply";
    private final Outbox outbox;
    private final MessageRenderer renderer;
    private final DeliveryService delivery;
    private final Clock clock;

    public OutboxReplies(Outbox outbox, MessageRenderer renderer, DeliveryService delivery, Clock clock) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public void reply(Incoming to, ChatMessage answer) {
        reply(to, answer, (part, payload) -> payload);
    }

    /**
     * Like {@link #reply(Incoming, ChatMessage)}, with each rendered part passed through {@code address} (its index
     * from 0, its payload) before it is recorded: a platform can add where the answer goes (Slack's
     * {@code response_url}), so that it survives a restart with the message.
     */
    public void reply(Incoming to, ChatMessage answer, BiFunction<Integer, String, String> address) {
        Instant now = clock.instant();
        List<Delivery> parts = new ArrayList<>();
        List<Delivery> rendered = parts("reply:" + to.chat() + ":" + to.messageId(), to.chat(), to.type().shared(),
                KIND, answer, renderer, now);
        for (int i = 0; i < rendered.size(); i++) {
            parts.add(rendered.get(i).withPayload(address.apply(i, rendered.get(i).payload())));
        }
        outbox.enqueue(parts, now);
        delivery.wake();
    }

    /**
     * The deliveries of one message: key {@code base/p01}, {@code base/p02}, … in order, and its picture last
     * ({@code base/picture}).
     */
    public static List<Delivery> parts(String base, dev.newsdesk.core.chat.ChatRef chat, boolean shared, String kind,
                                ChatMessage msg, MessageRenderer renderer, Instant now) {
        List<String> texts = renderer.render(msg);
        List<Delivery> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Delivery(base + String.format("/p%02d", i + 1), chat, shared, kind, texts.get(i),
                    renderer.format(), msg.linkPreviews(), 0, now));
        }
        if (msg.picture() != null) {
            out.add(picture(base + "/picture", chat, shared, kind, msg.picture(), renderer, now));
        }
        return out;
    }

    /** A picture with its caption rendered for the platform. */
    static Delivery picture(String key, dev.newsdesk.core.chat.ChatRef chat, boolean shared, String kind,
                            ChatMessage.Picture p, MessageRenderer renderer, Instant now) {
        String caption = renderer.render(ChatMessage.text(p.caption())).get(0);
        return new Delivery(key, chat, shared, kind, caption, renderer.format(), false, 0, now, null, p.png());
    }
}
