package dev.newsdesk.config;

import java.util.List;

/**
 * The {@code telegram:} section. An empty token means Telegram is off.
 *
 * @param apiUrl scheme://host:port of the Bot API (tests, self-hosted Bot API servers)
 * @param mode   {@code long-polling} or {@code webhook}
 * @param admins user ids allowed to change any chat's settings
 */
public record TelegramSettings(String token, String apiUrl, String mode, String webhookUrl, String webhookSecret,
                               List<String> admins) {
    public TelegramSettings {
        admins = List.copyOf(admins);
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    /** True when Telegram posts updates to {@code /telegram/webhook} instead of being long-polled. */
    public boolean webhook() {
        return "webhook".equals(mode);
    }
}
