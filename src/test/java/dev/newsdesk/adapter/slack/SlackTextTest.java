package dev.newsdesk.adapter.slack;

import dev.newsdesk.core.chat.ChatType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlackTextTest {

    @Test
    void slackMarkupBecomesWhatWasTyped() {
        assertThat(SlackText.plain("summary <https://x.example/a?b=1&amp;c=2|x.example/a>"))
                .isEqualTo("summary https://x.example/a?b=1&c=2");
        assertThat(SlackText.plain("search AT&amp;T &lt;b&gt; in <#C123|general> <!here>"))
                .isEqualTo("search AT&T <b> in #general @here");
        assertThat(SlackText.plain("x".repeat(20_000))).hasSize(SlackText.MAX_INPUT);
    }

    @Test
    void mentionsAndDirectMessagesAreCommands() {
        assertThat(SlackText.command("<@UBOT> digest ai-alliances", "UBOT")).isEqualTo("/digest ai-alliances");
        assertThat(SlackText.command("hey <@UBOT|newsdesk> /latest 3", "UBOT")).isEqualTo("/latest 3");
        assertThat(SlackText.command("<@UBOT>", "UBOT")).isEqualTo("/help");
        assertThat(SlackText.command("subscribe \"AI alliance\" OR coalition", "UBOT"))
                .isEqualTo("/subscribe \"AI alliance\" OR coalition");
        assertThat(SlackText.command("newsdesk status", "UBOT")).isEqualTo("newsdesk status");
    }

    @Test
    void aDirectMessageIsPrivateEverythingElseShared() {
        assertThat(SlackBot.type("D123", null)).isEqualTo(ChatType.PRIVATE);
        assertThat(SlackBot.type("C123", "directmessage")).isEqualTo(ChatType.PRIVATE);
        assertThat(SlackBot.type("C123", "general")).isEqualTo(ChatType.GROUP);
        assertThat(SlackBot.type("G123", "privategroup")).isEqualTo(ChatType.GROUP);
    }
}
