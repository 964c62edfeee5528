package dev.newsdesk.adapter.store;

import dev.newsdesk.app.Lease;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.core.source.SourceType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims on sources and deliveries shared by several instances, and the instances alive (which share a bot's overall
 * limits), on a real SQLite file and a real PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class LeaseTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Lease A = new Lease("host-a-1-aaaa", Duration.ofSeconds(30));
    private static final Lease B = new Lease("host-b-2-bbbb", Duration.ofSeconds(30));
    private static final Lease C = new Lease("host-c-3-cccc", Duration.ofSeconds(30));
    private static final Duration ALIVE = Duration.ofSeconds(15);
    private static final ChatRef ANN = new ChatRef("telegram", "42");
    private static final ChatRef TEAM = new ChatRef("telegram", "-100");

    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;
    private dev.newsdesk.config.StorageSettings settings;
    private Database db;
    private JdbcSourceStore sources;
    private JdbcOutbox outbox;
    private JdbcInstances instances;

    @BeforeEach
    void open() {
        settings = TestStores.fresh(kind, dir);
        db = Database.open(settings);
        sources = new JdbcSourceStore(db);
        outbox = new JdbcOutbox(db);
        instances = new JdbcInstances(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void addSources(int n) {
        List<Source> all = IntStream.range(0, n).mapToObj(i -> new Source(String.format("s%03d", i), "S" + i,
                "https://s" + i + ".example/feed", SourceType.FEED, null, Duration.ofMinutes(10),
                Source.ADDED_BY_CONFIG, true, true)).toList();
        sources.syncConfigured(all, NOW);
    }

    private static List<String> ids(List<SourceStatus> claimed) {
        return claimed.stream().map(s -> s.source().id()).toList();
    }

    @Test
    void aClaimedSourceIsNobodyElsesUntilItsStateIsSavedOrItsClaimExpires() {
        addSources(3);
        assertThat(ids(sources.claimDue(NOW, 2, A))).containsExactly("s000", "s001");
        assertThat(ids(sources.claimDue(NOW, 10, B))).containsExactly("s002");
        assertThat(sources.claimDue(NOW.plusSeconds(1), 10, A)).as("held by A or B").isEmpty();

        sources.saveState("s000", new FetchState(null, null, NOW.plusSeconds(600), NOW, NOW, 0, null, null, null));
        sources.renewClaims(List.of("s001"), NOW.plusSeconds(20), A);
        // 35 s on: B's s002 is unrenewed and expired; A renewed s001 at 20 s; s000 is polled and not due
        assertThat(ids(sources.claimDue(NOW.plusSeconds(35), 10, A))).containsExactly("s002");
        assertThat(ids(sources.claimDue(NOW.plusSeconds(51), 10, B))).containsExactly("s001");
    }

    @Test
    void aCleanStopGivesTheClaimsBackAtOnce() {
        addSources(2);
        assertThat(sources.claimDue(NOW, 10, A)).hasSize(2);
        sources.releaseClaims(A);
        assertThat(ids(sources.claimDue(NOW, 10, B))).containsExactly("s000", "s001");
    }

    @Test
    void instancesClaimingAtTheSameTimeNeverGetTheSameSource() throws Exception {
        addSources(300);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ConcurrentHashMap<String, String> owner = new ConcurrentHashMap<>();
        List<String> twice = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Lease lease = new Lease("instance-" + t, Duration.ofSeconds(30));
                done.add(pool.submit(() -> {
                    while (true) {
                        List<SourceStatus> got = sources.claimDue(NOW, 7, lease);
                        if (got.isEmpty()) {
                            return null;
                        }
                        for (SourceStatus s : got) {
                            if (owner.putIfAbsent(s.source().id(), lease.owner()) != null) {
                                twice.add(s.source().id());
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(twice).isEmpty();
        assertThat(owner).hasSize(300);
    }

    @Test
    void aTransactionLeftOpenByAHungInstanceIsEndedSoItsRowsAreNotHiddenForever() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(kind == TestStores.Kind.POSTGRES, "row locks: PostgreSQL");
        addSources(1);
        try (Database hung = Database.open(settings, Duration.ofSeconds(1))) {
            java.sql.Connection c = hung.dataSource().getConnection(); // the server closes it: not closed here
            c.setAutoCommit(false);
            // an instance that locked the row mid-claim and then went silent (paused, partitioned)
            c.createStatement().executeQuery("SELECT id FROM sources FOR UPDATE").close();
            assertThat(sources.claimDue(NOW, 10, B)).as("locked rows are skipped").isEmpty();
            Thread.sleep(2_000);
            assertThat(ids(sources.claimDue(NOW, 10, B))).as("the server ended the silent transaction")
                    .containsExactly("s000");
        }
    }

    private static Delivery delivery(String key, ChatRef chat) {
        return new Delivery(key, chat, false, "alert", "text " + key, "html", false, 0, NOW);
    }

    private static List<String> keys(List<Delivery> ds) {
        return ds.stream().map(Delivery::key).toList();
    }

    @Test
    void aDeliveryIsClaimedByOneInstanceAndEachChatsQueueKeepsItsOrder() {
        outbox.enqueue(List.of(delivery("a1", ANN), delivery("a2", ANN), delivery("t1", TEAM)), NOW);
        assertThat(keys(outbox.claim(NOW, 1, A))).containsExactly("a1");
        // a2 waits behind a1 (claimed by A, not sent): B may only have TEAM's head
        assertThat(keys(outbox.claim(NOW, 10, B))).containsExactly("t1");
        assertThat(keys(outbox.claim(NOW, 10, A))).as("A's own claim comes back, extended").containsExactly("a1");
        outbox.markSent("a1", "1001", NOW);
        // ANN's next message stays with A, whose pacer knows what ANN just got
        assertThat(keys(outbox.claim(NOW, 10, B))).containsExactly("t1");
        assertThat(keys(outbox.claim(NOW, 10, A))).containsExactly("a2");
    }

    @Test
    void aChatsNextMessageWaitsAMomentForTheSenderOfThePreviousOneThenIsAnyones() {
        outbox.enqueue(List.of(delivery("a1", ANN), delivery("a2", ANN), delivery("a3", ANN)), NOW);
        assertThat(keys(outbox.claim(NOW, 10, A))).containsExactly("a1");
        outbox.markSent("a1", "1001", NOW);
        assertThat(outbox.claim(NOW.plusSeconds(1), 10, B)).as("a2 waits for A").isEmpty();
        // A never came for it (busy, or gone): a few seconds later it is anyone's
        assertThat(keys(outbox.claim(NOW.plusSeconds(4), 10, B))).containsExactly("a2");
        outbox.markSent("a2", "1002", NOW.plusSeconds(4));
        assertThat(outbox.claim(NOW.plusSeconds(4), 10, A)).as("now a3 waits for B").isEmpty();
        assertThat(keys(outbox.claim(NOW.plusSeconds(4), 10, B))).containsExactly("a3");
    }

    @Test
    void aDeadInstancesDeliveryIsTakenOverWhenItsClaimExpires() {
        outbox.enqueue(List.of(delivery("a1", ANN)), NOW);
        assertThat(keys(outbox.claim(NOW, 10, A))).containsExactly("a1");
        assertThat(outbox.claim(NOW.plusSeconds(29), 10, B)).isEmpty();
        assertThat(keys(outbox.claim(NOW.plusSeconds(31), 10, B))).containsExactly("a1");
        assertThat(outbox.claim(NOW.plusSeconds(32), 10, A)).as("A came back too late").isEmpty();
        outbox.retryAt(delivery("a1", ANN), NOW.plusSeconds(40), 1, "503");
        assertThat(keys(outbox.claim(NOW.plusSeconds(40), 10, A))).as("a retry is anyone's").containsExactly("a1");
        outbox.releaseClaims(A);
        assertThat(keys(outbox.claim(NOW.plusSeconds(40), 10, B))).containsExactly("a1");
    }

    // the instances alive on the store, which share a bot's overall limits

    @Test
    void eachCheckInCountsTheInstancesSeenRecentlyItselfIncluded() {
        assertThat(instances.checkIn(A, NOW, ALIVE)).isEqualTo(1);
        assertThat(instances.checkIn(B, NOW.plusSeconds(1), ALIVE)).isEqualTo(2);
        assertThat(instances.checkIn(C, NOW.plusSeconds(2), ALIVE)).isEqualTo(3);
        // checking in again is one instance, not two
        assertThat(instances.checkIn(A, NOW.plusSeconds(5), ALIVE)).isEqualTo(3);
    }

    @Test
    void anInstanceThatStoppedCheckingInNoLongerCountsAndOneThatLeftCountsAtOnceNoMore() {
        instances.checkIn(A, NOW, ALIVE);
        instances.checkIn(B, NOW, ALIVE);
        instances.checkIn(C, NOW, ALIVE);
        // B died (no more check-ins); C stopped cleanly
        instances.leave(C);
        assertThat(instances.checkIn(A, NOW.plusSeconds(5), ALIVE)).as("B still counts within its window").isEqualTo(2);
        assertThat(instances.checkIn(A, NOW.plusSeconds(16), ALIVE)).as("B's check-in is too old").isEqualTo(1);
    }

    @Test
    void longGoneInstancesAreForgotten() {
        instances.checkIn(B, NOW, ALIVE);
        instances.checkIn(A, NOW.plus(ALIVE.multipliedBy(200)), ALIVE);
        assertThat(db.jdbc().count("SELECT COUNT(*) FROM instances")).isEqualTo(1);
    }
}
