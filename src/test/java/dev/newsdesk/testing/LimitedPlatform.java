package dev.newsdesk.testing;

import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;

/** A chat platform that sends through another one and declares other limits (none, or lower ones for a test). */
public final class LimitedPlatform implements ChatPlatform {
    private final ChatPlatform platform;
    private final Pacer.Limits limits;

    public LimitedPlatform(ChatPlatform platform, Pacer.Limits limits) {
        this.platform = platform;
        this.limits = limits;
    }

    @Override
    public String platform() {
        return platform.platform();
    }

    @Override
    public Pacer.Limits limits() {
        return limits;
    }

    @Override
    public SendResult send(ChatRef chat, String payload, String format, boolean previews) {
        return platform.send(chat, payload, format, previews);
    }
}
