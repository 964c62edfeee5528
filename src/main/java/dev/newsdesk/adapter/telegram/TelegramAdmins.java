package dev.newsdesk.adapter.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsdesk.app.chat.ChatAdmins;
import dev.newsdesk.core.chat.ChatRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Duration;

/** Chat administrators from {@code getChatMember} (creator or administrator), cached for a few minutes. */
public final class TelegramAdmins implements ChatAdmins {
    private static final Logger log = LoggerFactory.getLogger(TelegramAdmins.class);
    private final TelegramClient client;
    private final Cache<String, Boolean> cache;

    public TelegramAdmins(TelegramClient client, Duration ttl) {
        this.client = client;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public boolean isAdmin(ChatRef chat, String userId) {
        String key = chat.chatId() + "/" + userId;
        Boolean known = cache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        try {
            ChatMember m = client.execute(new GetChatMember(chat.chatId(), Long.parseLong(userId)));
            boolean admin = m != null && ("creator".equals(m.getStatus()) || "administrator".equals(m.getStatus()));
            cache.put(key, admin);
            return admin;
        } catch (TelegramApiException | NumberFormatException e) {
            // not cached: the next attempt asks again
            log.warn("telegram: getChatMember failed chat={} user={} error={}", chat.chatId(), userId, e.getMessage());
            return false;
        }
    }
}
