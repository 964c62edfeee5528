package dev.newsdesk.adapter.slack;

import dev.newsdesk.app.chat.ChatPlatform.SendResult;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.ChatRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The Web API calls behind the outbox, against the fake Web API. */
class SlackPlatformTest {
    private static final ChatRef C1 = new ChatRef("slack", "C1");
    private FakeSlackApi api;
    private SlackPlatform platform;
    private final SlackBlocks blocks = new SlackBlocks();

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        platform = new SlackPlatform(new SlackApi(api.apiUrl(), FakeSlackApi.BOT_TOKEN));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void sendsEditsAndUploadsACharts() {
        String payload = blocks.render(ChatMessage.text("Gulf states form AI alliance")).get(0);
        SendResult sent = platform.send(C1, payload, "slack", true);
        assertThat(sent).isInstanceOf(SendResult.Sent.class);
        String ts = ((SendResult.Sent) sent).messageId();
        assertThat(ts).startsWith("1700000000.");
        assertThat(api.calls("chat.postMessage").get(0).params()).containsEntry("unfurl_links", "1")
                .containsEntry("text", "Gulf states form AI alliance");

        String update = blocks.render(ChatMessage.text("Gulf states form AI alliance (3 outlets)")).get(0);
        assertThat(platform.edit(C1, ts, update, "slack", false)).isEqualTo(new SendResult.Sent(ts));
        assertThat(api.calls("chat.update").get(0).params()).containsEntry("ts", ts).containsEntry("channel", "C1");
        assertThat(api.calls("chat.update").get(0).blocks()).contains("(3 outlets)");

        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};
        SendResult image = platform.sendImage(C1, png, "mentions.png", blocks.render(ChatMessage.text(
                "Mentions this week")).get(0), "slack");
        assertThat(image).isEqualTo(new SendResult.Sent("F1"));
        assertThat(api.calls("files.getUploadURLExternal").get(0).params()).containsEntry("filename", "mentions.png")
                .containsEntry("length", String.valueOf(png.length));
        assertThat(api.calls("upload").get(0).params()).containsEntry("bytes", String.valueOf(png.length));
        assertThat(api.calls("files.completeUploadExternal").get(0).params()).containsEntry("channel_id", "C1")
                .containsEntry("initial_comment", "Mentions this week");
    }

    @Test
    void answersAreSortedIntoOutcomes() {
        String payload = blocks.render(ChatMessage.text("x")).get(0);
        api.tooManyRequests(1, 7);
        assertThat(platform.send(C1, payload, "slack", false)).isEqualTo(new SendResult.RetryAfter(
                Duration.ofSeconds(7)));
        api.failChannel("C2", "not_in_channel");
        assertThat(platform.send(new ChatRef("slack", "C2"), payload, "slack", false))
                .isInstanceOf(SendResult.Blocked.class);
        api.failChannel("C3", "invalid_blocks");
        assertThat(platform.send(new ChatRef("slack", "C3"), payload, "slack", false))
                .isInstanceOf(SendResult.Rejected.class);
        api.failChannel("C4", "internal_error");
        assertThat(platform.send(new ChatRef("slack", "C4"), payload, "slack", false))
                .isInstanceOf(SendResult.Transient.class);
        // a plain-text payload (another renderer) still goes out as text
        assertThat(platform.send(C1, "plain <text>", "plain", false)).isInstanceOf(SendResult.Sent.class);
        assertThat(api.calls("chat.postMessage").get(0).params()).containsEntry("text", "plain <text>")
                .doesNotContainKey("blocks");
    }

    @Test
    void aResponseUrlElsewhereIsNeverPostedTo() {
        String payload = SlackPayload.withResponseUrl(blocks.render(ChatMessage.text("x")).get(0),
                "http://169.254.169.254/latest/meta-data");
        assertThat(platform.send(C1, payload, "slack", false)).isInstanceOf(SendResult.Sent.class);
        assertThat(api.calls("response")).isEmpty();
        assertThat(api.calls("chat.postMessage")).hasSize(1);
        SlackApi real = new SlackApi("https://slack.com/api/", "xoxb-x");
        assertThat(real.trustsResponseUrl("https://hooks.slack.com/commands/T1/1/abc")).isTrue();
        assertThat(real.trustsResponseUrl("http://hooks.slack.com/commands/T1/1/abc")).isFalse();
        assertThat(real.trustsResponseUrl("https://hooks.slack.com.evil.example/x")).isFalse();
        assertThat(real.trustsResponseUrl("https://127.0.0.1/x")).isFalse();
    }
}
