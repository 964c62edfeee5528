package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.core.chat.ChatRef;
import okhttp3.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end in HTTP mode: signed requests to Bolt behind the events endpoint, answers to the fake Web API. */
class SlackBotTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    @TempDir
    Path dir;
    private FakeSlackApi api;
    private SlackStack stack;
    private SignedRequests slack;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        stack = new SlackStack(dir.resolve("newsdesk.db"), api.apiUrl(), Set.of("slack:UOPS"));
        Instant now = Instant.now();
        stack.sources.save(ChatStack.source("gtw", "Global Tech Wire"), now);
        stack.sources.save(ChatStack.source("mkt", "Market Daily"), now);
        stack.items.store(List.of(
                ChatStack.item("a1", "gtw", "https://gtw.example/a1", "Putin announces international AI alliance",
                        "A Russian-led alliance would pool AI development.", now.minusSeconds(3600)),
                ChatStack.item("a2", "gtw", "https://gtw.example/a2", "AT&T <and> Bitcoin ETF inflows hit a record",
                        "Crypto funds saw record inflows.", now.minusSeconds(7200))));
        slack = new SignedRequests(stack.serveHttp(), stack.signature);
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
        api.close();
    }

    @Test
    void aSignedSlashCommandIsAcknowledgedAndAnsweredWithValidBlocksThroughItsResponseUrl() throws Exception {
        SignedRequests.Answer ack = slack.postForm(SignedRequests.form(SignedRequests.command("C1", "general", "U1",
                "digest 7d", "t1", api.responseUrl("r1"))));
        assertThat(ack.status()).isEqualTo(200);
        await(() -> api.calls("response").size() == 1);
        FakeSlackApi.Call answer = api.calls("response").get(0);
        assertThat(answer.params().get("response_type")).isEqualTo("in_channel");
        String payload = JSON.createObjectNode().put("text", answer.params().get("text"))
                .set("blocks", JSON.readTree(answer.blocks())).toString();
        BlockKit.assertValid(payload);
        assertThat(BlockKit.text(payload)).contains("<https://gtw.example/a1|Putin announces international AI alliance>",
                "AT&amp;T &lt;and&gt; Bitcoin", "Global Tech Wire");
        // the answer went to the response_url, not to the channel, and the token went only to the Web API
        assertThat(api.calls("chat.postMessage")).isEmpty();
        assertThat(answer.authorization()).isNull();
        assertThat(api.calls("auth.test").get(0).authorization()).isEqualTo("Bearer " + FakeSlackApi.BOT_TOKEN);
    }

    @Test
    void mentionsAndDirectMessagesAreAnsweredWithChatPostMessageOnce() throws Exception {
        slack.postJson(SignedRequests.event("Ev1", "app_mention", "C1", "channel", "U1",
                "<@" + FakeSlackApi.BOT_USER + "> search Bitcoin", "1700000001.000100").toString());
        await(() -> api.calls("chat.postMessage").size() == 1);
        FakeSlackApi.Call post = api.calls("chat.postMessage").get(0);
        assertThat(post.params().get("channel")).isEqualTo("C1");
        assertThat(post.blocks()).contains("Bitcoin ETF inflows");
        assertThat(post.params().get("unfurl_links")).isEqualTo("0");
        // Slack delivers the same event again when it misses an acknowledgement: still one answer
        slack.postJson(SignedRequests.event("Ev1", "app_mention", "C1", "channel", "U1",
                "<@" + FakeSlackApi.BOT_USER + "> search Bitcoin", "1700000001.000100").toString());
        slack.postJson(SignedRequests.event("Ev2", "message", "D1", "im", "U1", "help", "1700000002.000100").toString());
        await(() -> api.calls("chat.postMessage").size() == 2);
        assertThat(api.calls("chat.postMessage").get(1).params().get("channel")).isEqualTo("D1");
        assertThat(api.calls("chat.postMessage").get(1).blocks()).contains("/subscribe");
        // the bot's own messages in its DM are not commands
        ObjectNode own = SignedRequests.event("Ev3", "message", "D1", "im", "U1", "help", "1700000003.000100");
        ((ObjectNode) own.path("event")).put("bot_id", "B1");
        slack.postJson(own.toString());
        Thread.sleep(300);
        assertThat(api.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void badUnsignedAndStaleSignaturesAreRefusedBeforeAnythingRuns() throws Exception {
        String body = SignedRequests.form(SignedRequests.command("C1", "general", "U1", "subscribe Nvidia", "t2",
                api.responseUrl("r2")));
        long now = Instant.now().getEpochSecond();
        assertThat(slack.post(body, FORM, now, "v0=" + "0".repeat(64)).status()).isEqualTo(401);
        assertThat(slack.postUnsigned(body).status()).isEqualTo(401);
        assertThat(slack.post(body, FORM, now - 6 * 60, null).status()).isEqualTo(401);
        assertThat(slack.post(body, FORM, now + 6 * 60, null).status()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(api.calls).extracting(FakeSlackApi.Call::method).doesNotContain("response", "chat.postMessage");
        assertThat(stack.chats.find(new ChatRef("slack", "C1"))).isEmpty();
        // a signature four minutes old is still fine
        assertThat(slack.post(body, FORM, now - 4 * 60, null).status()).isEqualTo(200);
        await(() -> api.calls("response").size() == 1);
    }

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() throws Exception {
        SignedRequests.Answer a = slack.postJson("{\"token\":\"x\",\"challenge\":\"c-123\","
                + "\"type\":\"url_verification\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("c-123");
    }

    @Test
    void aRateLimitIsHonouredAndTheMessageArrivesOnceAfterRetryAfter() throws Exception {
        api.tooManyRequests(1, 1);
        slack.postJson(SignedRequests.event("Ev4", "message", "D2", "im", "U2", "latest 1", "1700000004.000100").toString());
        await(() -> api.calls("chat.postMessage").size() == 1);
        FakeSlackApi.Call limited = api.calls("chat.postMessage:429").get(0);
        FakeSlackApi.Call sent = api.calls("chat.postMessage").get(0);
        assertThat(Duration.ofNanos(sent.atNanos() - limited.atNanos())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        Thread.sleep(300);
        assertThat(api.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void channelSettingsTakeAWorkspaceAdminAndADirectMessageBelongsToItsUser() throws Exception {
        api.admin("UADMIN");
        command("C9", "general", "U5", "watch add BRICS", "t5");
        command("C9", "general", "UADMIN", "watch add Tesla", "t6");
        command("C9", "general", "UOPS", "watch add Gold", "t6b");
        command("D5", "directmessage", "U5", "watch add OPEC", "t7");
        await(() -> api.calls("response").size() == 4);
        assertThat(answer("t5")).contains("Only chat administrators");
        assertThat(answer("t6")).startsWith("Watching");
        assertThat(answer("t6b")).startsWith("Watching");
        assertThat(answer("t7")).startsWith("Watching");
        // users.info is asked once per user, then cached
        command("C9", "general", "U5", "watch add BRICS", "t8");
        await(() -> api.calls("response").size() == 5);
        assertThat(api.calls("users.info").stream().filter(c -> c.params().get("user").equals("U5"))).hasSize(1);
    }

    @Test
    void aSummaryButtonRunsItsCommandForTheChannel() throws Exception {
        command("C1", "general", "U1", "latest 2", "t9");
        await(() -> api.calls("response").size() == 1);
        ObjectNode p = JSON.createObjectNode().put("type", "block_actions").put("trigger_id", "t10")
                .put("response_url", api.responseUrl("r10")).put("api_app_id", "A1").put("token", "legacy");
        p.putObject("user").put("id", "U1").put("team_id", "T1");
        p.putObject("team").put("id", "T1");
        p.putObject("channel").put("id", "C1").put("name", "general");
        p.putObject("container").put("type", "message").put("channel_id", "C1").put("message_ts", "1.2");
        p.putArray("actions").addObject().put("type", "button").put("action_id", SlackBlocks.ACTION_PREFIX + "1")
                .put("block_id", "b1").put("value", "summary 1").put("action_ts", "1700000010.1");
        assertThat(slack.postForm(SignedRequests.form(Map.of("payload", p.toString()))).status()).isEqualTo(200);
        await(() -> api.calls("response").size() == 2);
        assertThat(api.calls("response").get(1).blocks()).contains("Putin announces international AI alliance");
    }

    @Test
    void anAlertForASubscriptionIsDeliveredOnceAcrossOutletsAndRestarts() throws Exception {
        command("D7", "directmessage", "U7", "subscribe alliance AND AI", "t11");
        await(() -> api.calls("response").size() == 1);
        assertThat(api.calls("response").get(0).params().get("text")).contains("Subscribed (#1)");
        Instant now = Instant.now();
        stack.items.store(List.of(ChatStack.item("n1", "gtw", "https://gtw.example/n1",
                "Gulf states form AI alliance with chip makers", "A new pact on AI.", now)));
        stack.items.store(List.of(ChatStack.item("n2", "mkt", "https://mkt.example/n2",
                "Gulf states form AI alliance with chip makers!", "Same story elsewhere.", now)));
        assertThat(stack.alerts.onNewItems(List.of("n1"))).isEqualTo(1);
        assertThat(stack.alerts.onNewItems(List.of("n2"))).isZero();
        assertThat(stack.alerts.onNewItems(List.of("n1"))).isZero();
        await(() -> api.calls("chat.postMessage").size() == 1);
        FakeSlackApi.Call alert = api.calls("chat.postMessage").get(0);
        assertThat(alert.params().get("channel")).isEqualTo("D7");
        assertThat(alert.params().get("text")).contains("Alert #", "Gulf states form AI alliance");
        BlockKit.assertValid(JSON.createObjectNode().put("text", alert.params().get("text"))
                .set("blocks", JSON.readTree(alert.blocks())).toString());
        // a restart over the same store neither repeats the alert nor loses it
        stack.close();
        stack = new SlackStack(dir.resolve("newsdesk.db"), api.apiUrl(), Set.of());
        assertThat(stack.alerts.onNewItems(List.of("n1", "n2"))).isZero();
        Thread.sleep(500);
        assertThat(api.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aDigestWithAChartUploadsThePictureThroughTheFilesFlow() throws Exception {
        command("D9", "directmessage", "U9", "digest 7d chart", "t20");
        await(() -> !api.calls("files.completeUploadExternal").isEmpty());
        assertThat(api.response("t20")).isPresent();
        assertThat(api.calls("files.completeUploadExternal").get(0).params()).containsEntry("channel_id", "D9");
        assertThat(Integer.parseInt(api.calls("upload").get(0).params().get("bytes"))).isGreaterThan(1000);
    }

    @Test
    void aChannelTheBotCannotWriteToIsMarkedInactive() throws Exception {
        api.failChannel("D8", "channel_not_found");
        slack.postJson(SignedRequests.event("Ev8", "message", "D8", "im", "U8", "help", "1700000008.000100").toString());
        await(() -> stack.chats.find(new ChatRef("slack", "D8")).map(c -> !c.active()).orElse(false));
        assertThat(api.calls("chat.postMessage:channel_not_found")).hasSize(1);
    }

    private String answer(String trigger) {
        return api.response(trigger).orElseThrow().params().get("text");
    }

    private void command(String channel, String channelName, String user, String text, String trigger)
            throws Exception {
        assertThat(slack.postForm(SignedRequests.form(SignedRequests.command(channel, channelName, user, text,
                trigger, api.responseUrl(trigger)))).status()).isEqualTo(200);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
