package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The app manifest users install from: the command, Socket Mode, the events and every scope the bot calls for. */
class SlackManifestTest {

    @Test
    void theManifestAsksForWhatTheBotUses() throws Exception {
        JsonNode m = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/slack-app-manifest.yml").toFile());
        assertThat(m.path("features").path("slash_commands").get(0).path("command").asText()).isEqualTo("/newsdesk");
        assertThat(m.path("features").path("slash_commands").get(0).path("should_escape").asBoolean(true)).isFalse();
        assertThat(m.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
        assertThat(m.path("settings").path("interactivity").path("is_enabled").asBoolean()).isTrue();
        assertThat(strings(m.path("settings").path("event_subscriptions").path("bot_events")))
                .containsExactlyInAnyOrder("app_mention", "message.im");
        assertThat(strings(m.path("oauth_config").path("scopes").path("bot"))).contains("commands", "chat:write",
                "app_mentions:read", "im:history", "users:read", "files:write");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
