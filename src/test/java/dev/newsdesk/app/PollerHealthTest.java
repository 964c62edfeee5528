package dev.newsdesk.app;

import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.PollPolicy;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller's health for /healthz: a scheduler that stops making rounds is reported, not only a stopped one. */
class PollerHealthTest {

    @Test
    void aStuckRoundMakesThePollerUnhealthyAfterTheQuietLimit() throws Exception {
        dev.newsdesk.testing.TestClock clock = new dev.newsdesk.testing.TestClock(Instant.parse("2026-11-26T10:00:00Z"));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StuckStore store = new StuckStore(entered, release);
        Poller poller = new Poller(store, new SourceRefresher(null, null, store, null, PollPolicy.defaults(), clock,
                Runnable::run), clock);
        try {
            assertThat(poller.alive(Duration.ofMinutes(1))).as("not started").isFalse();
            poller.start();
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue(); // the first round is now stuck in the store
            assertThat(poller.alive(Duration.ofMinutes(1))).isTrue();
            clock.advance(Duration.ofSeconds(59));
            assertThat(poller.alive(Duration.ofMinutes(1))).isTrue();
            clock.advance(Duration.ofSeconds(2));
            assertThat(poller.alive()).as("the scheduler thread is still there").isTrue();
            assertThat(poller.alive(Duration.ofMinutes(1))).as("but it has made no round for 61 s").isFalse();
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!poller.alive(Duration.ofMinutes(1)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(poller.alive(Duration.ofMinutes(1))).as("rounds again").isTrue();
        } finally {
            release.countDown();
            poller.stop(Duration.ofSeconds(1));
        }
        assertThat(poller.alive(Duration.ofMinutes(1))).as("stopped").isFalse();
    }

    /** A store whose first look for due sources hangs until released (a lock held elsewhere, a dead connection). */
    private record StuckStore(CountDownLatch entered, CountDownLatch release) implements SourceStore {
        @Override
        public List<SourceStatus> due(Instant now, int limit) {
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of();
        }

        @Override
        public List<SourceStatus> claimDue(Instant now, int limit, Lease lease) {
            return due(now, limit);
        }

        @Override
        public void renewClaims(java.util.Collection<String> ids, Instant now, Lease lease) {
        }

        @Override
        public void releaseClaims(Lease lease) {
        }

        @Override
        public void syncConfigured(List<Source> configured, Instant now) {
        }

        @Override
        public void save(Source source, Instant now) {
        }

        @Override
        public boolean remove(String id) {
            return false;
        }

        @Override
        public Optional<Source> find(String id) {
            return Optional.empty();
        }

        @Override
        public List<SourceStatus> list() {
            return List.of();
        }

        @Override
        public Optional<Instant> nextDue() {
            return Optional.empty();
        }

        @Override
        public void saveState(String id, FetchState state) {
        }
    }
}
