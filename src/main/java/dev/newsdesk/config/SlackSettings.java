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

    /**
     * What the mode still needs before the bot can start, naming the key; empty when nothing is missing. (Checked
     * when the bot starts, not when the file is read: {@code config} shows a half-done setup too.)
     */
    public java.util.Optional<String> missing() {
        if (mode.equals("socket") && (appToken == null || appToken.isBlank())) {
            return java.util.Optional.of("slack.app-token: required for mode socket (an xapp-… token with "
                    + "connections:write; NEWSDESK_SLACK_APP_TOKEN), or set slack.mode: http");
        }
        if (mode.equals("http") && (signingSecret == null || signingSecret.isBlank())) {
            return java.util.Optional.of("slack.signing-secret: required for mode http "
                    + "(NEWSDESK_SLACK_SIGNING_SECRET)");
        }
        return java.util.Optional.empty();
    }
}
