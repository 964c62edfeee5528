package dev.newsdesk.adapter.telegram;

import dev.newsdesk.app.chat.ScheduledDigest;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static dev.newsdesk.adapter.telegram.TelegramBotTest.await;
import static dev.newsdesk.adapter.telegram.TelegramBotTest.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled digests end to end on an injectable clock: the real scheduler, SQLite store, outbox and TelegramBots
 * client against the fake Bot API. Each digest is sent once at its local time, a missed one within the grace window
 * at start, never twice across restarts, and never with stories the chat already got unchanged.
 */
class ScheduledDigestTest {
    private static final long ANN = 42;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @TempDir
    Path dir;
    private FakeBotApi api;
    private ChatStack stack;
    private TestClock clock;

    private static Instant berlin(String t) {
        return LocalDateTime.parse(t).atZone(BERLIN).toInstant();
    }

    private void open(Instant start, List<ScheduledDigest> operator) throws Exception {
        if (api == null) {
            api = new FakeBotApi();
        }
        if (clock == null) {
            clock = new TestClock(start);
        }
        stack = new ChatStack(dir.resolve("newsdesk.db"), api.url(), Set.of(), true, clock, operator);
        stack.sources.save(ChatStack.source("gtw", "Global Tech Wire"), clock.instant());
        stack.sources.save(ChatStack.source("mkt", "Market Daily"), clock.instant());
    }

    /** Stores an item as a poll would now: fetched at the clock's time. */
    private void store(String id, String source, String title, Duration ago) {
        Instant published = clock.instant().minus(ago);
        stack.items.store(List.of(new Item(id, source, "https://" + source + ".example/" + id, null,
                "https://" + source + ".example/" + id, title, null, published, clock.instant(), "About " + title + ".",
                "About " + title + ".", List.of(), null, "h" + id)));
    }

    /** Ann's chat with a schedule, added through the bot at the clock's time. */
    private void schedule(String command) throws Exception {
        assertThat(command(command)).contains("Scheduled");
    }

    private boolean botStarted;

    private String command(String command) throws Exception {
        if (!botStarted) {
            stack.startBot();
            botStarted = true;
        }
        int before = api.sentTo(ANN).size();
        api.message(ANN, "private", ANN, command);
        await(() -> api.sentTo(ANN).size() == before + 1);
        return api.sentTo(ANN).get(before).text();
    }

    private List<String> digestsSent() {
        return api.sentTo(ANN).stream().map(FakeBotApi.Sent::text).filter(t -> t.contains("🗞")).toList();
    }

    @AfterEach
    void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aDailyDigestGoesOutAtLocalTimeOnceAndTheNextDayLeavesOutWhatDidNotChange() throws Exception {
        open(berlin("2026-10-24T07:00"), List.of());
        schedule("/schedule daily 08:00 Europe/Berlin");
        store("a", "gtw", "Chip alliance formed in Asia", Duration.ofHours(2));
        store("b", "gtw", "Central bank holds rates", Duration.ofHours(3));

        clock.set(berlin("2026-10-24T07:59"));
        assertThat(stack.scheduler.tick()).isZero();
        clock.set(berlin("2026-10-24T08:00:05"));
        assertThat(stack.scheduler.tick()).isEqualTo(1);
        assertThat(stack.scheduler.tick()).isZero(); // handled: never twice
        await(() -> digestsSent().size() == 1);
        assertThat(digestsSent().get(0)).contains("Chip alliance formed in Asia", "Central bank holds rates");

        // the next day is the day clocks go back (25 h long): 08:00 local still
        clock.set(berlin("2026-10-25T07:30"));
        store("b2", "mkt", "Central bank holds rates!", Duration.ofMinutes(10)); // b grew: a second outlet
        store("a2", "gtw", "Chip alliance formed in Asia", Duration.ofMinutes(20)); // a again, unchanged
        store("c", "mkt", "New export rules for chips", Duration.ofMinutes(5));
        assertThat(stack.scheduler.tick()).isZero();
        clock.set(berlin("2026-10-25T08:00:01"));
        assertThat(stack.scheduler.tick()).isEqualTo(1);
        await(() -> digestsSent().size() == 2);
        String second = digestsSent().get(1);
        assertThat(second).contains("New export rules for chips", "Central bank holds rates")
                .doesNotContain("Chip alliance formed in Asia")
                .contains("1 story from your last digests left out (unchanged)");
        sleep(300);
        assertThat(digestsSent()).hasSize(2);
    }

    @Test
    void aDigestMissedWhileDownIsSentAtStartWithinTheGraceWindowButNotAfterIt() throws Exception {
        open(berlin("2026-03-28T07:00"), List.of());
        schedule("/schedule daily 08:00 Europe/Berlin");
        store("a", "gtw", "Chip alliance formed in Asia", Duration.ofHours(1));
        stack.close();

        // down over 08:00, up again at 09:30 (1.5 h late, inside 2 h)
        clock.set(berlin("2026-03-28T09:30"));
        open(null, List.of());
        assertThat(stack.scheduler.tick()).isEqualTo(1);
        await(() -> digestsSent().size() == 1);
        stack.close();

        // the next morning (clocks went forward overnight) the bot is down until 10:30: 2.5 h late, skipped
        clock.set(berlin("2026-03-29T10:30"));
        open(null, List.of());
        store("b", "gtw", "Another story", Duration.ofMinutes(30));
        assertThat(stack.scheduler.tick()).isZero();
        clock.set(berlin("2026-03-29T10:31"));
        assertThat(stack.scheduler.tick()).isZero(); // recorded as missed, not tried again
        sleep(300);
        assertThat(digestsSent()).hasSize(1);
    }

    @Test
    void aRestartInTheMiddleOfSendingSendsEachPartOnce() throws Exception {
        open(berlin("2026-11-25T07:00"), List.of());
        schedule("/schedule daily 08:00 Europe/Berlin");
        for (int i = 0; i < 10; i++) {
            store("x" + i, i % 2 == 0 ? "gtw" : "mkt", "Story number " + i + " about chips and alliances "
                    + "x".repeat(200), Duration.ofMinutes(10 + i));
        }
        // a long digest goes out in parts, paced one a second in a private chat: stopping now is mid-send
        clock.set(berlin("2026-11-25T08:00:01"));
        assertThat(stack.scheduler.tick()).isEqualTo(1);
        stack.close(); // mid-send (or before any part went out)

        open(null, List.of());
        assertThat(stack.scheduler.tick()).isZero(); // the digest is recorded: not built again
        await(() -> stack.outbox.pendingCount() == 0);
        List<String> texts = api.sentTo(ANN).stream().map(FakeBotApi.Sent::text).toList();
        assertThat(texts).doesNotHaveDuplicates();
        assertThat(String.join("\n", texts)).contains("Story number 0", "Story number 9");
    }

    @Test
    void anEmptyDigestSendsOneLineOrNothingWhenQuiet() throws Exception {
        open(berlin("2026-11-24T07:00"), List.of());
        schedule("/schedule daily 08:00 Europe/Berlin");
        assertThat(command("/schedule daily 09:00 Europe/Berlin quiet")).contains("Scheduled");
        clock.set(berlin("2026-11-24T09:00:01"));
        assertThat(stack.scheduler.tick()).isEqualTo(2);
        await(() -> api.sentTo(ANN).size() == 3);
        sleep(300);
        assertThat(api.sentTo(ANN)).hasSize(3);
        // the 08:00 digest, sent an hour late, covers the day before it and the hour since
        assertThat(api.sentTo(ANN).get(2).text()).contains("Top stories — nothing new in the last 25 h");
    }

    @Test
    void anOperatorDigestIsNotDueBeforeItWasFirstSeenAndThenDaily() throws Exception {
        ScheduledDigest op = new ScheduledDigest(new ChatRef("telegram", String.valueOf(ANN)), "config:abc",
                new ScheduleSpec(null, LocalTime.of(8, 0), ZoneId.of("UTC"), List.of()), List.of(), Set.of(), null);
        open(Instant.parse("2026-11-20T08:30:00Z"), List.of(op));
        command("/help"); // makes the chat known
        store("a", "gtw", "Chip alliance formed in Asia", Duration.ofMinutes(20));
        assertThat(stack.scheduler.tick()).isZero(); // 08:00 was before the schedule existed here
        clock.set(Instant.parse("2026-11-21T08:00:00Z"));
        store("b", "gtw", "Export rules tighten", Duration.ofMinutes(20));
        assertThat(stack.scheduler.tick()).isEqualTo(1);
        await(() -> digestsSent().size() == 1);
        assertThat(digestsSent().get(0)).contains("Export rules tighten");
    }
}
