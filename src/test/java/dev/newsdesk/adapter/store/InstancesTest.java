package dev.newsdesk.adapter.store;

import dev.newsdesk.app.Lease;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The instances alive on one store, which share a bot's overall limits: on a real SQLite file and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class InstancesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration ALIVE = Duration.ofSeconds(15);
    private static final Lease A = new Lease("host-a-1-aaaa", Duration.ofSeconds(30));
    private static final Lease B = new Lease("host-b-2-bbbb", Duration.ofSeconds(30));
    private static final Lease C = new Lease("host-c-3-cccc", Duration.ofSeconds(30));

    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;
    private Database db;
    private JdbcInstances instances;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.fresh(kind, dir));
        instances = new JdbcInstances(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

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
