package dev.newsdesk.adapter.store;

import dev.newsdesk.app.chat.AlertLog;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.chat.StoryView;
import dev.newsdesk.core.digest.Digest;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest log, alert state and held alerts, and deliveries that edit or carry a picture, on a real SQLite file and
 * on a real PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DigestAndAlertLogTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final ChatRef TEAM = new ChatRef("telegram", "-100");

    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;
    private Database db;
    private JdbcDigestLog digests;
    private JdbcAlertLog alerts;
    private JdbcOutbox outbox;
    private JdbcChatStore chats;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.fresh(kind, dir));
        digests = new JdbcDigestLog(db);
        alerts = new JdbcAlertLog(db);
        outbox = new JdbcOutbox(db);
        chats = new JdbcChatStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Delivery part(String key) {
        return new Delivery(key, TEAM, true, "digest", "text of " + key, "html", false, 0, NOW);
    }

    private static Digest.Entry entry(String story, String version) {
        return new Digest.Entry(new StoryView(story, "Title " + story, null, "Wire", List.of(), NOW, "",
                Optional.empty()), story, version, false);
    }

    @Test
    void aDigestIsRecordedOnceWithItsDeliveriesAndItsStoriesAreSeen() {
        assertThat(digests.handled(TEAM, "chat:1", NOW)).isFalse();
        assertThat(digests.record(TEAM, "chat:1", NOW, List.of(entry("s1", "1-a"), entry("title:" + "x".repeat(500),
                "2-b")), List.of(part("digest:a/p01"), part("digest:a/p02")), NOW)).isTrue();
        // a second instance (or a restart) finds it handled and records nothing
        assertThat(digests.record(TEAM, "chat:1", NOW, List.of(entry("s9", "1-z")), List.of(part("digest:b/p01")),
                NOW)).isFalse();
        assertThat(digests.handled(TEAM, "chat:1", NOW)).isTrue();
        assertThat(outbox.pendingCount()).isEqualTo(2);
        assertThat(digests.seen(TEAM, NOW.minus(Duration.ofDays(1)))).containsEntry("s1", "1-a")
                .containsKey("title:" + "x".repeat(500)).doesNotContainKey("s9").hasSize(2);
        // an empty digest is handled too, with nothing to send
        assertThat(digests.record(TEAM, "chat:1", NOW.plus(Duration.ofDays(1)), List.of(), List.of(), NOW)).isTrue();
        assertThat(digests.handled(TEAM, "chat:1", NOW.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void anOperatorScheduleIsFirstSeenOnce() {
        Instant first = digests.firstSeen(TEAM, "config:abc", NOW);
        assertThat(first).isEqualTo(NOW);
        assertThat(digests.firstSeen(TEAM, "config:abc", NOW.plus(Duration.ofHours(5)))).isEqualTo(NOW);
        // the marker is not a digest
        assertThat(digests.seen(TEAM, NOW.minus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void schedulesKeepTheirOptionsAndOnlyActiveChatsAreScheduled() {
        chats.upsert(new ChatInfo(TEAM, "Team", ChatType.GROUP, ZoneId.of("Europe/Berlin"), true), NOW);
        chats.addSchedule(TEAM, new ScheduleSpec(null, LocalTime.of(8, 0), ZoneId.of("Europe/Berlin"),
                List.of("crypto"), Set.of("quiet", "chart")), "telegram:1", NOW);
        assertThat(chats.allSchedules()).singleElement().satisfies(s -> {
            assertThat(s.spec().options()).containsExactlyInAnyOrder("quiet", "chart");
            assertThat(s.spec().topics()).containsExactly("crypto");
            assertThat(s.addedAt()).isEqualTo(NOW);
        });
        chats.setActive(TEAM, false);
        assertThat(chats.allSchedules()).isEmpty();
    }

    @Test
    void anAlertIsRecordedOncePerStoryEditedOncePerVersionAndHeldMatchesReleasedTogether() {
        Delivery alert = new Delivery("alert:t:S1/p01", TEAM, true, "alert", "alert", "html", false, 0, NOW);
        assertThat(alerts.recordAlert(TEAM, "S1", "1-a", List.of(alert), NOW)).isTrue();
        assertThat(alerts.recordAlert(TEAM, "S1", "1-a", List.of(alert), NOW)).isFalse();
        assertThat(alerts.alerted(TEAM, "S1")).contains(new AlertLog.Alerted("1-a", "alert:t:S1/p01", NOW));
        assertThat(alerts.alertedTo("S1")).containsOnlyKeys(TEAM);
        assertThat(alerts.alertsSince(TEAM, NOW.minusSeconds(1))).isEqualTo(1);

        Delivery edit = new Delivery("alert-edit:t:S1:2-a", TEAM, true, "alert-edit", "edited", "html", false, 0, NOW,
                "alert:t:S1/p01", null);
        assertThat(alerts.recordEdit(TEAM, "S1", "2-a", List.of(edit))).isTrue();
        assertThat(alerts.recordEdit(TEAM, "S1", "2-a", List.of(edit))).isFalse();
        assertThat(outbox.due(NOW, 10)).filteredOn(d -> d.editOf() != null).singleElement()
                .satisfies(d -> assertThat(d.editOf()).isEqualTo("alert:t:S1/p01"));
        assertThat(alerts.alertsSince(TEAM, NOW.minusSeconds(1))).isEqualTo(1); // edits are not alerts

        alerts.hold(TEAM, "S2", "1-b", new AlertLog.Held("i2", "Held one", "https://x.example/2", NOW));
        alerts.hold(TEAM, "S3", "1-c", new AlertLog.Held("i3", "Held two", null, NOW.plusSeconds(1)));
        assertThat(alerts.chatsHolding()).containsExactly(TEAM);
        List<AlertLog.Held> held = alerts.held(TEAM);
        assertThat(held).extracting(AlertLog.Held::itemId).containsExactly("i2", "i3");
        assertThat(alerts.alerted(TEAM, "S2")).get().extracting(AlertLog.Alerted::alertKey).isEqualTo("");
        alerts.release(TEAM, held, List.of(new Delivery("alert-more:t/p01", TEAM, true, "alert", "2 more", "html",
                false, 0, NOW)), NOW);
        assertThat(alerts.chatsHolding()).isEmpty();
        assertThat(alerts.alertsSince(TEAM, NOW.minusSeconds(1))).isEqualTo(2);
    }

    @Test
    void aPictureTravelsThroughTheOutboxByteForByte() {
        byte[] png = new byte[70_000];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        outbox.enqueue(List.of(new Delivery("digest:x/chart", TEAM, true, "digest", "Mentions per day", "html", false,
                0, NOW, null, png)), NOW);
        Delivery d = outbox.due(NOW, 5).get(0);
        assertThat(d.picture()).isEqualTo(png);
        assertThat(d.payload()).isEqualTo("Mentions per day");
    }
}
