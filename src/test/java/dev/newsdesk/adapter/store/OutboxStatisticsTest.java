package dev.newsdesk.adapter.store;

import dev.newsdesk.app.Lease;
import dev.newsdesk.app.chat.Delivery;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a claim right after a fan-out was enqueued brings the outbox's statistics up to date: until then the
 * planner takes the table for empty and finds the heads of the chats' queues by comparing every pending delivery
 * with every other (100 ms per claim for 600 alerts). The query plan is checked, not its time.
 */
class OutboxStatisticsTest {
    private static final Lease LEASE = new Lease("instance-1", Duration.ofSeconds(30));
    /** A nested loop whose inner side scans the pending deliveries by state alone, not by chat. */
    private static final java.util.regex.Pattern QUADRATIC = java.util.regex.Pattern.compile(
            "Nested Loop Anti Join[\\s\\S]*Index Scan using outbox_due on outbox p");

    @Test
    void aClaimAfterAFanOutTakesTheStatisticsSoThatHeadsAreNotFoundPairByPair() {
        try (Database db = Database.open(TestStores.freshPostgres(2))) {
            JdbcOutbox outbox = new JdbcOutbox(db);
            Instant now = Instant.now();
            List<Delivery> fanOut = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                fanOut.add(new Delivery("alert:" + i, new ChatRef("telegram", String.valueOf(9000 + i)), false,
                        "alert", "Alert " + i, "html", false, 0, now));
            }
            outbox.enqueue(fanOut, now);
            assertThat(reltuples(db)).as("never analysed: the planner takes the table for empty").isNegative();
            assertThat(headsPlan(db)).as("each pending delivery against every other").containsPattern(QUADRATIC);

            assertThat(outbox.claim(now, 60, LEASE)).hasSize(60);

            assertThat(reltuples(db)).isEqualTo(600);
            assertThat(headsPlan(db)).doesNotContainPattern(QUADRATIC);
        }
    }

    /** How PostgreSQL would find the heads of the chats' queues now (the claim's anti-join, reduced). */
    private static String headsPlan(Database db) {
        return String.join("\n", db.jdbc().query("EXPLAIN SELECT 1 FROM outbox o WHERE o.state = 'pending' AND "
                + "NOT EXISTS (SELECT 1 FROM outbox p WHERE p.platform = o.platform AND p.chat_id = o.chat_id AND "
                + "p.state = 'pending' AND p.created_at < o.created_at)", rs -> rs.getString(1)));
    }

    private static double reltuples(Database db) {
        return db.jdbc().queryOne("SELECT reltuples FROM pg_class WHERE relname = 'outbox'", rs -> rs.getDouble(1))
                .orElseThrow();
    }
}
