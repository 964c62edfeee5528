package dev.newsdesk.adapter.store;

import dev.newsdesk.app.Lease;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.app.chat.OutboxReplies;
import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.chat.WatchTerm;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chats, their settings and the outbox on a real SQLite file and on a real PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ChatStoreAndOutboxTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final ChatRef ANN = new ChatRef("telegram", "42");
    private static final ChatRef TEAM = new ChatRef("telegram", "-100");

    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;
    private Database db;
    private JdbcChatStore chats;
    private JdbcOutbox outbox;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.fresh(kind, dir));
        chats = new JdbcChatStore(db);
        outbox = new JdbcOutbox(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Delivery delivery(String key, ChatRef chat, Instant due) {
        return new Delivery(key, chat, false, "alert", "text of " + key, "html", false, 0, due);
    }

    @Test
    void aChatIsUpsertedAndItsSettingsKept() {
        ChatInfo first = chats.upsert(new ChatInfo(ANN, "Ann", ChatType.PRIVATE, ZoneId.of("UTC"), true), NOW);
        assertThat(first.title()).isEqualTo("Ann");
        chats.setActive(ANN, false);
        ChatInfo back = chats.upsert(new ChatInfo(ANN, "Ann B", ChatType.PRIVATE, ZoneId.of("Europe/Paris"), true),
                NOW);
        assertThat(back.active()).as("writing from a chat makes it active again").isTrue();
        assertThat(back.zone()).as("the zone is a setting, kept").isEqualTo(ZoneId.of("UTC"));

        assertThat(chats.addWatch(new WatchTerm(ANN, "Nvidia", "telegram:42", NOW))).isTrue();
        assertThat(chats.addWatch(new WatchTerm(ANN, "NVIDIA", "telegram:42", NOW))).as("case-blind").isFalse();
        var sub1 = chats.addSubscription(ANN, "bitcoin OR crypto", "telegram:42", NOW);
        var sub2 = chats.addSubscription(ANN, "chips", "telegram:42", NOW);
        assertThat(List.of(sub1.id(), sub2.id())).containsExactly(1L, 2L);
        var sched = chats.addSchedule(ANN, new ScheduleSpec(DayOfWeek.MONDAY, LocalTime.of(8, 30),
                ZoneId.of("Europe/Berlin"), List.of("chips", "crypto")), "telegram:42", NOW);
        assertThat(chats.schedules(ANN)).singleElement().isEqualTo(sched);
        chats.rememberList(ANN, List.of("a", "b"));
        assertThat(chats.lastList(ANN)).containsExactly("a", "b");
        assertThat(chats.allSubscriptions()).as("an inactive chat has no alerts").hasSize(2);
    }

    @Test
    void aMigratedChatTakesItsSettingsAlongAndKeepsTheNewOnesOwn() {
        chats.upsert(new ChatInfo(ANN, "Group", ChatType.GROUP, ZoneId.of("UTC"), true), NOW);
        chats.upsert(new ChatInfo(TEAM, "Supergroup", ChatType.GROUP, ZoneId.of("UTC"), true), NOW);
        chats.addWatch(new WatchTerm(ANN, "BRICS", "u", NOW));
        chats.addWatch(new WatchTerm(TEAM, "brics", "u", NOW));
        chats.addWatch(new WatchTerm(ANN, "Nvidia", "u", NOW));
        chats.migrate(ANN, TEAM);
        assertThat(chats.find(ANN)).isEmpty();
        assertThat(chats.watchTerms(TEAM)).extracting(WatchTerm::term).containsExactlyInAnyOrder("brics", "Nvidia");
        assertThat(chats.watchTerms(ANN)).isEmpty();
    }

    @Test
    void aDeliveryKeyIsRecordedOnceAndSentOnce() {
        assertThat(outbox.enqueue(List.of(delivery("k1", ANN, NOW), delivery("k2", ANN, NOW)), NOW)).isEqualTo(2);
        assertThat(outbox.enqueue(List.of(delivery("k1", ANN, NOW)), NOW)).isZero();
        assertThat(outbox.due(NOW, 10)).extracting(Delivery::key).containsExactly("k1", "k2");
        outbox.markSent("k1", "1001", NOW);
        assertThat(outbox.state("k1")).contains("sent");
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void aRetryHoldsBackTheChatsLaterDeliveriesAndFailuresAreFinal() {
        outbox.enqueue(List.of(delivery("a1", ANN, NOW), delivery("a2", ANN, NOW), delivery("t1", TEAM, NOW)), NOW);
        outbox.retryAt(outbox.due(NOW, 1).get(0), NOW.plusSeconds(30), 1, "503");
        assertThat(outbox.due(NOW, 10)).extracting(Delivery::key).containsExactly("t1");
        assertThat(outbox.due(NOW.plusSeconds(30), 10)).extracting(Delivery::key).containsExactly("a1", "a2", "t1");
        assertThat(outbox.due(NOW.plusSeconds(30), 10).get(0).attempts()).isEqualTo(1);
        assertThat(outbox.failPending(ANN, "blocked", NOW)).isEqualTo(2);
        outbox.fail("t1", "x".repeat(5000), NOW);
        assertThat(outbox.state("t1")).contains("failed");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void anAnswerIsClaimedAheadOfOlderAlertsOfOtherChats() {
        List<Delivery> alerts = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            alerts.add(delivery("alert" + i, new ChatRef("telegram", String.valueOf(1000 + i)), NOW));
        }
        outbox.enqueue(alerts, NOW);
        outbox.enqueue(List.of(new Delivery("reply:42:7/p01", ANN, false, OutboxReplies.KIND, "the answer", "html",
                false, 0, NOW.plusSeconds(1))), NOW.plusSeconds(1));
        Lease lease = Lease.forThisProcess(java.time.Duration.ofSeconds(30));
        assertThat(outbox.claim(NOW.plusSeconds(1), 3, lease)).extracting(Delivery::key)
                .containsExactly("reply:42:7/p01", "alert0", "alert1");
    }

    @Test
    void pendingDeliveriesFollowAChatThatMoved() {
        outbox.enqueue(List.of(delivery("a1", ANN, NOW)), NOW);
        assertThat(outbox.moveChat(ANN, TEAM)).isEqualTo(1);
        assertThat(outbox.due(NOW, 10)).singleElement().satisfies(d -> {
            assertThat(d.chat()).isEqualTo(TEAM);
            assertThat(d.shared()).isTrue();
        });
    }
}
