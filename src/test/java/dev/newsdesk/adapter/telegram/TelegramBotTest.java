package dev.newsdesk.adapter.telegram;

import dev.newsdesk.app.ItemStore;
import dev.newsdesk.core.item.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: the real TelegramBots client and long polling against the fake Bot API, on a real SQLite file. */
class TelegramBotTest {
    private static final long ANN = 42;
    private static final long GROUP = -100200;
    @TempDir
    Path dir;
    private FakeBotApi api;
    private ChatStack stack;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        stack = new ChatStack(dir.resolve("newsdesk.db"), api.url(), Set.of("telegram:7"), true);
        Instant now = Instant.now();
        stack.sources.save(ChatStack.source("gtw", "Global Tech Wire"), now);
        stack.sources.save(ChatStack.source("mkt", "Market Daily"), now);
        stack.items.store(List.of(
                ChatStack.item("a1", "gtw", "https://gtw.example/a1", "Putin announces international AI alliance",
                        "A Russian-led alliance would pool AI development.", now.minusSeconds(3600)),
                ChatStack.item("a2", "gtw", "https://gtw.example/a2", "Bitcoin ETF inflows hit a record",
                        "Crypto funds saw record inflows.", now.minusSeconds(7200))));
        stack.items.store(List.of(
                ChatStack.item("b1", "mkt", "https://mkt.example/b1", "Putin announces international AI alliance!",
                        "Same story, another outlet.", now.minusSeconds(3000))));
        stack.startBot();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
        api.close();
    }

    @Test
    void helpListsEveryCommand() {
        api.message(ANN, "private", ANN, "/help");
        FakeBotApi.Sent s = awaitOne(ANN);
        assertThat(s.text()).contains("/digest", "/subscribe", "/schedule", "/source add", "/status");
        assertThat(s.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(api.methodsSeen()).contains("deletewebhook", "setmycommands", "getupdates");
        assertThat(api.methodsSeen().indexOf("deletewebhook")).isLessThan(api.methodsSeen().indexOf("getupdates"));
    }

    @Test
    void digestOnAFixtureStoreGroupsOutletsAndTurnsPreviewsOff() {
        api.message(ANN, "private", ANN, "/digest@newsdesk_bot");
        FakeBotApi.Sent s = awaitOne(ANN);
        assertThat(s.text()).contains("Top stories", "<a href=\"https://", "Putin announces international AI alliance",
                "Market Daily", "Global Tech Wire", "· also: ", "Bitcoin ETF");
        assertThat(s.previewsOff()).isTrue();
        api.message(ANN, "private", ANN, "/digest ai-alliances 7d");
        await(() -> api.sentTo(ANN).size() == 2);
        assertThat(api.sentTo(ANN).get(1).text()).contains("AI alliances").doesNotContain("Bitcoin");
        api.message(ANN, "private", ANN, "/digest sports");
        await(() -> api.sentTo(ANN).size() == 3);
        assertThat(api.sentTo(ANN).get(2).text()).contains("Unknown topic", "ai-alliances, crypto, watchlist");
    }

    @Test
    void aDigestWithChartSendsThePictureAfterTheText() throws Exception {
        api.message(ANN, "private", ANN, "/digest 7d chart");
        await(() -> api.photos.size() == 1);
        FakeBotApi.Photo p = api.photos.get(0);
        assertThat(p.chatId()).isEqualTo(String.valueOf(ANN));
        assertThat(p.caption()).contains("Mentions per day — last 7 d");
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(p.bytes()));
        assertThat(img.getWidth()).isEqualTo(1000);
        assertThat(api.sentTo(ANN)).hasSize(1);
        assertThat(api.sentTo(ANN).get(0).text()).contains("Top stories — last 7 d");
    }

    @Test
    void watchAddIsStoredAndListed() {
        api.message(ANN, "private", ANN, "/watch add \"export controls\"");
        awaitOne(ANN);
        api.message(ANN, "private", ANN, "/watch");
        await(() -> api.sentTo(ANN).size() == 2);
        assertThat(api.sentTo(ANN).get(0).text()).contains("Watching \"export controls\"");
        assertThat(api.sentTo(ANN).get(1).text()).contains("export controls", "BRICS");
    }

    @Test
    void commandsFromOneChatAreAnsweredInTheOrderSent() {
        // one batch of updates: a chat's commands share a lane, so the list sees every add before it
        api.message(ANN, "private", ANN, "/watch add alpha");
        api.message(ANN, "private", ANN, "/watch add beta");
        api.message(ANN, "private", ANN, "/watch");
        await(() -> api.sentTo(ANN).size() == 3);
        assertThat(api.sentTo(ANN).get(2).text()).contains("alpha", "beta");
    }

    @Test
    void subscribeThenOneAlertForAStoryFromTwoOutlets() {
        api.message(ANN, "private", ANN, "/subscribe semiconductor AND tariff*");
        awaitOne(ANN);
        assertThat(api.sentTo(ANN).get(0).text()).contains("Subscribed (#1)");
        Instant now = Instant.now();
        ItemStore.StoreResult r1 = stack.items.store(List.of(ChatStack.item("n1", "gtw", "https://gtw.example/n1",
                "US weighs new semiconductor tariffs", "Tariffs on chips.", now)));
        ItemStore.StoreResult r2 = stack.items.store(List.of(ChatStack.item("n2", "mkt", "https://mkt.example/n2",
                "US weighs new Semiconductor tariffs.", "Tariffs on chips, again.", now.plusSeconds(60))));
        stack.alerts.onNewItems(r1.newIds());
        stack.alerts.onNewItems(r2.newIds());
        stack.alerts.onNewItems(List.of("n1", "n2")); // a repeat call (e.g. after a restart) sends nothing more
        await(() -> api.sentTo(ANN).size() >= 2);
        sleep(500);
        assertThat(api.sentTo(ANN)).hasSize(2);
        assertThat(api.sentTo(ANN).get(1).text()).contains("Alert #1", "semiconductor AND tariff*",
                "US weighs new semiconductor tariffs");
    }

    @Test
    void aMemberIsRefusedInAGroupAndAnAdminIsNot() {
        api.memberStatus(GROUP, 5, "member");
        api.message(GROUP, "supergroup", 5, "/subscribe BRICS");
        awaitOne(GROUP);
        assertThat(api.sentTo(GROUP).get(0).text()).contains("Only chat administrators");
        assertThat(stack.chats.subscriptions(new dev.newsdesk.core.chat.ChatRef("telegram",
                String.valueOf(GROUP)))).isEmpty();
        api.memberStatus(GROUP, 6, "administrator");
        api.message(GROUP, "supergroup", 6, "/subscribe BRICS");
        await(() -> api.sentTo(GROUP).size() == 2);
        assertThat(api.sentTo(GROUP).get(1).text()).contains("Subscribed");
        api.message(GROUP, "supergroup", 5, "/digest");
        await(() -> api.sentTo(GROUP).size() == 3);
        assertThat(api.sentTo(GROUP).get(2).text()).contains("Top stories");
    }

    @Test
    void aTooManyRequestsAnswerIsHonoured() {
        api.tooManyRequests(1, 2);
        long start = System.nanoTime();
        api.message(ANN, "private", ANN, "/help");
        awaitOne(ANN);
        assertThat(api.rejected429).hasSize(1);
        long waited = api.sentTo(ANN).get(0).atNanos() - api.rejected429.get(0);
        assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aLongDigestIsSplitIntoValidMessages() {
        Instant now = Instant.now();
        List<Item> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(ChatStack.item("x" + i, "gtw", "https://gtw.example/x" + i, "Story <" + i + "> & \"more\" "
                    + "about AI partnership number " + i, "Summary & details ".repeat(12) + i,
                    now.minusSeconds(100 + i)));
        }
        stack.items.store(many);
        api.message(ANN, "private", ANN, "/digest ai-alliances crypto watchlist");
        api.message(ANN, "private", ANN, "/latest 30");
        await(() -> api.sentTo(ANN).size() >= 3);
        sleep(4000);
        int total = 0;
        for (FakeBotApi.Sent s : api.sentTo(ANN)) {
            assertThat(s.text().length()).isLessThanOrEqualTo(4096);
            assertBalanced(s.text());
            total += s.text().length();
        }
        assertThat(total).isGreaterThan(10_000);
        assertThat(String.join("", api.sentTo(ANN).stream().map(FakeBotApi.Sent::text).toList()))
                .contains("Story &lt;7&gt; &amp; \"more\"").doesNotContain("<7>");
    }

    @Test
    void groupMigrationKeepsSettings() {
        api.memberStatus(-5, 6, "creator");
        api.message(-5, "group", 6, "/watch add Nvidia H20");
        awaitOne(-5);
        stack.chats.migrate(new dev.newsdesk.core.chat.ChatRef("telegram", "-5"),
                new dev.newsdesk.core.chat.ChatRef("telegram", "-1005"));
        assertThat(stack.chats.watchTerms(new dev.newsdesk.core.chat.ChatRef("telegram", "-1005")))
                .extracting(t -> t.term()).containsExactly("Nvidia H20");
    }

    @Test
    void aBlockedChatBecomesInactive() {
        api.block(ANN);
        api.message(ANN, "private", ANN, "/help");
        await(() -> stack.chats.find(new dev.newsdesk.core.chat.ChatRef("telegram", String.valueOf(ANN)))
                .map(c -> !c.active()).orElse(false));
        assertThat(api.sentTo(ANN)).isEmpty();
    }

    @Test
    void aDeliveryRecordedBeforeACrashIsSentOnceAfterTheRestart() throws Exception {
        Path file = dir.resolve("restart.db");
        dev.newsdesk.app.chat.Incoming in = new dev.newsdesk.app.chat.Incoming(
                new dev.newsdesk.core.chat.ChatRef("telegram", "77"), dev.newsdesk.core.chat.ChatType.PRIVATE, "Bo",
                "77", "5", "/help");
        try (ChatStack crashed = new ChatStack(file, api.url(), Set.of(), false)) {
            crashed.chat.handle(in, null, crashed.replies);
            assertThat(crashed.outbox.state("reply:telegram:77:5/p01")).contains("pending");
        }
        sleep(300);
        assertThat(api.sentTo(77)).isEmpty();
        try (ChatStack restarted = new ChatStack(file, api.url(), Set.of(), true)) {
            await(() -> api.sentTo(77).size() == 1);
            await(() -> restarted.outbox.state("reply:telegram:77:5/p01").orElse("").equals("sent"));
            // the same message again (a redelivered update) has the same key: not sent again
            restarted.chat.handle(in, null, restarted.replies);
            sleep(300);
        }
        try (ChatStack again = new ChatStack(file, api.url(), Set.of(), true)) {
            sleep(800);
            assertThat(again.outbox.pendingCount()).isZero();
        }
        assertThat(api.sentTo(77)).hasSize(1);
    }

    static void assertBalanced(String html) {
        Matcher m = Pattern.compile("<(/?)([a-z]+)[^>]*>").matcher(html);
        List<String> stack = new ArrayList<>();
        while (m.find()) {
            assertThat(m.group(2)).isIn("b", "i", "u", "s", "a", "code", "pre", "blockquote");
            if (m.group(1).isEmpty()) {
                stack.add(m.group(2));
            } else {
                assertThat(stack).isNotEmpty();
                assertThat(stack.remove(stack.size() - 1)).isEqualTo(m.group(2));
            }
        }
        assertThat(stack).as("unclosed tags in " + html).isEmpty();
        // no raw '&' outside an entity and no '<' that does not start a tag
        assertThat(html.replaceAll("&(amp|lt|gt|quot);", "")).doesNotContain("&");
        assertThat(html.replaceAll("<(/?)([a-z]+)[^>]*>", "")).doesNotContain("<", ">");
    }

    private FakeBotApi.Sent awaitOne(long chat) {
        await(() -> !api.sentTo(chat).isEmpty());
        return api.sentTo(chat).get(0);
    }

    static void await(BooleanSupplier cond) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            sleep(20);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
