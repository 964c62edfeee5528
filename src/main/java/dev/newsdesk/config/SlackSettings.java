package dev.newsdesk.config;

import java.util.List;

/**
 * The {@code slack:} section. An empty bot token means Slack is off.
 *
 * @param mode   {@code socket} (Socket Mode, needs the app token) or {@code http} (needs the signing secret)
 * @param apiUrl the Web API prefix, ending in {@code /api/}
 */
public record SlackSettings(String botToken, String appToken, String signingSecret, String mode, String apiUrl,
                            List<String> admins) {
    public SlackSettings {
        admins = List.copyOf(admins);
    }

    public boolean enabled() {
        return botToken != null && !botToken.isBlank();
    }
}
