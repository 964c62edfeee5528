package dev.newsdesk.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code slack:} section: what each mode needs, the API prefix, secrets never printed. */
class SlackConfigTest {

    @Test
    void socketModeNeedsTheAppTokenAndHttpModeTheSigningSecret() {
        assertThat(ConfigLoader.load(null, Map.of("NEWSDESK_SLACK_BOT_TOKEN", "xoxb-1")).config().slack().missing())
                .hasValueSatisfying(m -> assertThat(m).startsWith("slack.app-token: required"));
        assertThat(ConfigLoader.load(null, Map.of("NEWSDESK_SLACK_BOT_TOKEN", "xoxb-1", "NEWSDESK_SLACK_MODE",
                "http")).config().slack().missing())
                .hasValueSatisfying(m -> assertThat(m).startsWith("slack.signing-secret: required"));
        assertThat(ConfigLoader.load(null, Map.of("NEWSDESK_SLACK_BOT_TOKEN", "xoxb-1", "NEWSDESK_SLACK_MODE",
                "http", "NEWSDESK_SLACK_SIGNING_SECRET", "s")).config().slack().missing()).isEmpty();
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSDESK_SLACK_API_URL",
                "https://proxy.example/api"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("slack.api-url").hasMessageContaining("/api/");
        SlackSettings s = ConfigLoader.load(null, Map.of("NEWSDESK_SLACK_BOT_TOKEN", "xoxb-1",
                "NEWSDESK_SLACK_APP_TOKEN", "xapp-1")).config().slack();
        assertThat(s.enabled()).isTrue();
        assertThat(s.mode()).isEqualTo("socket");
        assertThat(s.apiUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    void tokensAndTheSigningSecretAreMasked() {
        String printed = ConfigLoader.load(null, Map.of("NEWSDESK_SLACK_BOT_TOKEN", "xoxb-secret-bot",
                "NEWSDESK_SLACK_APP_TOKEN", "xapp-secret-app", "NEWSDESK_SLACK_SIGNING_SECRET", "signing-secret-x"))
                .maskedYaml();
        assertThat(printed).contains("slack:").doesNotContain("xoxb-secret-bot", "xapp-secret-app",
                "signing-secret-x");
    }
}
