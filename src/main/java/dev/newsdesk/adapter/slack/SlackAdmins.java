package dev.newsdesk.adapter.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.newsdesk.app.chat.ChatAdmins;
import dev.newsdesk.core.chat.ChatRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;

/**
 * Workspace admins and owners from {@code users.info}, cached for a few minutes. Slack has no channel
 * administrators a bot can ask about, so channel-wide changes take a workspace admin or owner (or a configured
 * admin, checked before this).
 */
public final class SlackAdmins implements ChatAdmins {
    private static final Logger log = LoggerFactory.getLogger(SlackAdmins.class);
    private final MethodsClient methods;
    private final Cache<String, Boolean> cache;

    public SlackAdmins(SlackApi api, Duration ttl) {
        this.methods = api.methods();
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public boolean isAdmin(ChatRef chat, String userId) {
        Boolean known = cache.getIfPresent(userId);
        if (known != null) {
            return known;
        }
        try {
            UsersInfoResponse r = methods.usersInfo(req -> req.user(userId));
            if (!r.isOk() || r.getUser() == null) {
                log.warn("slack: users.info failed user={} error={}", userId, r.getError());
                return false;
            }
            boolean admin = r.getUser().isAdmin() || r.getUser().isOwner() || r.getUser().isPrimaryOwner();
            cache.put(userId, admin);
            return admin;
        } catch (IOException | SlackApiException e) {
            // not cached: the next attempt asks again
            log.warn("slack: users.info failed user={} error={}", userId, e.getMessage());
            return false;
        }
    }
}
