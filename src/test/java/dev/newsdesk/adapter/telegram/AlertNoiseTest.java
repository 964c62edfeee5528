package dev.newsdesk.adapter.telegram;

import dev.newsdesk.core.item.Item;
import dev.newsdesk.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.newsdesk.adapter.telegram.TelegramBotTest.await;
import static dev.newsdesk.adapter.telegram.TelegramBotTest.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts without noise, end to end through the real TelegramBots client and the fake Bot API: an hourly cap whose
 * overflow is folded into one message, and a story that grows edited in place with {@code editMessageText}.
 */
class AlertNoiseTest {
    private static final long ANN = 42;
    @TempDir
    Path dir;
    private FakeBotApi api;
    private ChatStack stack;
    private TestClock clock;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        clock = new TestClock(Instant.now().minus(Duration.ofHours(3)));
        stack = new ChatStack(dir.resolve("newsdesk.db"), api.url(), Set.of(), true, clock, List.of());
        stack.sources.save(ChatStack.source("gtw", "Global Tech Wire"), clock.instant());
        stack.sources.save(ChatStack.source("mkt", "Market Daily"), clock.instant());
        stack.startBot();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
        api.close();
    }

    private void subscribe(String query) {
        int before = api.sentTo(ANN).size();
        api.message(ANN, "private", ANN, "/subscribe " + query);
        await(() -> api.sentTo(ANN).size() == before + 1);
    }

    /** Stores an item as a poll would, grouped into {@code story}, and tells the digest index and the alerts. */
    private void arrive(String id, String source, String title, String story) throws Exception {
        Instant now = clock.instant();
        stack.items.store(List.of(new Item(id, source, "https://" + source + ".example/" + id, null,
                "https://" + source + ".example/" + id, title, null, now, now, "About " + title + ".",
                "About " + title + ".", List.of(), null, "h" + id)));
        try (Connection c = stack.db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE items SET story_id = ? WHERE id = ?")) {
            ps.setString(1, story);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        stack.digestIndex.onNewItems(List.of(id));
        stack.alerts.onNewItems(List.of(id));
    }

    private List<String> alertTexts() {
        return api.sentTo(ANN).stream().map(FakeBotApi.Sent::text).filter(t -> t.contains("🔔")).toList();
    }

    @Test
    void pastTheHourlyCapMatchesAreHeldAndFoldedIntoOneMessage() throws Exception {
        subscribe("chip*");
        for (int i = 0; i < ChatStack.ALERTS_PER_HOUR + 3; i++) {
            arrive("c" + i, "gtw", "Chip story number " + i, "S" + i);
            clock.advance(Duration.ofMinutes(1));
        }
        await(() -> alertTexts().size() == ChatStack.ALERTS_PER_HOUR);
        assertThat(stack.alerts.flushHeld()).isZero(); // the hour is still full
        sleep(500);
        assertThat(alertTexts()).hasSize(ChatStack.ALERTS_PER_HOUR);

        clock.advance(Duration.ofMinutes(50)); // the first alert is now more than an hour old
        assertThat(stack.alerts.flushHeld()).isEqualTo(1);
        assertThat(stack.alerts.flushHeld()).isZero(); // folded once
        await(() -> alertTexts().size() == ChatStack.ALERTS_PER_HOUR + 1);
        String folded = alertTexts().get(ChatStack.ALERTS_PER_HOUR);
        assertThat(folded).contains("3 more matching stories", "Chip story number 10", "Chip story number 12");
        // a held story is covered: its next item is no new alert
        arrive("c10b", "mkt", "Chip story number 10", "S10");
        sleep(500);
        assertThat(alertTexts()).hasSize(ChatStack.ALERTS_PER_HOUR + 1);
    }

    @Test
    void aStoryThatGainsAnOutletIsEditedInPlaceNotSentAgain() throws Exception {
        subscribe("alliance");
        arrive("a1", "gtw", "Gulf fund and Nvidia form AI alliance", "S1");
        await(() -> alertTexts().size() == 1);
        int alertId = api.sentTo(ANN).stream().filter(s -> s.text().contains("🔔")).findFirst().orElseThrow()
                .messageId();

        clock.advance(Duration.ofMinutes(20));
        arrive("a2", "mkt", "Gulf fund, Nvidia unveil AI alliance", "S1");
        await(() -> api.edits.size() == 1);
        FakeBotApi.Edited e = api.edits.get(0);
        assertThat(e.messageId()).isEqualTo(alertId);
        assertThat(e.chatId()).isEqualTo(String.valueOf(ANN));
        assertThat(e.text()).contains("also: Market Daily", "Updated: now 2 outlets");
        assertThat(e.parseMode()).isEqualToIgnoringCase("HTML");

        // the same outlet again with the same headline changes nothing: no edit, no alert
        clock.advance(Duration.ofMinutes(5));
        arrive("a3", "gtw", "Gulf fund and Nvidia form AI alliance", "S1");
        sleep(800);
        assertThat(api.edits).hasSize(1);
        assertThat(alertTexts()).hasSize(1);

        // after the edit window a growing story is left alone
        clock.advance(Duration.ofHours(49));
        arrive("a4", "cl", "Gulf fund and Nvidia AI alliance draws a third outlet", "S1");
        sleep(800);
        assertThat(api.edits).hasSize(1);
        assertThat(alertTexts()).hasSize(1);
    }
}
