package dev.newsdesk.core.source;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PollPolicyTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final PollPolicy policy = new PollPolicy(Duration.ofDays(1), Duration.ofHours(6), () -> 0);
    private final Duration tenMinutes = Duration.ofMinutes(10);

    @Test
    void nextPollIsTheLongestOfIntervalTtlAndMaxAge() {
        assertThat(policy.afterSuccess(NOW, tenMinutes, null, null)).isEqualTo(NOW.plus(tenMinutes));
        assertThat(policy.afterSuccess(NOW, tenMinutes, Duration.ofMinutes(60), null))
                .isEqualTo(NOW.plus(Duration.ofMinutes(60)));
        assertThat(policy.afterSuccess(NOW, tenMinutes, Duration.ofMinutes(5), Duration.ofMinutes(30)))
                .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(policy.afterSuccess(NOW, tenMinutes, null, Duration.ofSeconds(30)))
                .isEqualTo(NOW.plus(tenMinutes));
    }

    @Test
    void theNextPollKeepsTheSourcesCadenceWhateverThePollTook() {
        Instant due = NOW.minusSeconds(20); // waited for a worker and fetched: done 20 s after it was due
        assertThat(policy.afterSuccess(NOW, due, tenMinutes, null, null)).isEqualTo(due.plus(tenMinutes));
        // a hint counts from the due time too
        assertThat(policy.afterSuccess(NOW, due, tenMinutes, null, Duration.ofMinutes(30)))
                .isEqualTo(due.plus(Duration.ofMinutes(30)));
    }

    @Test
    void jitterMovesAPollOnCadenceByAtMostFivePercentEitherWay() {
        Instant due = NOW.minusSeconds(20);
        assertThat(new PollPolicy(Duration.ofDays(1), Duration.ofHours(6), () -> 1)
                .afterSuccess(NOW, due, tenMinutes, null, null)).isEqualTo(due.plus(tenMinutes).plusSeconds(30));
        assertThat(new PollPolicy(Duration.ofDays(1), Duration.ofHours(6), () -> -1)
                .afterSuccess(NOW, due, tenMinutes, null, null)).isEqualTo(due.plus(tenMinutes).minusSeconds(30));
    }

    @Test
    void aPollThatRanLateIsNotFollowedByAnotherMomentsLater() {
        Instant longAgo = NOW.minus(Duration.ofHours(3)); // the service was down
        Duration threeQuarters = Duration.ofSeconds(450);
        assertThat(policy.afterSuccess(NOW, longAgo, tenMinutes, null, null)).isEqualTo(NOW.plus(threeQuarters));
        assertThat(policy.afterSuccess(NOW, NOW.minusSeconds(590), tenMinutes, null, null))
                .isEqualTo(NOW.plus(threeQuarters));
    }

    @Test
    void aPollUpToAQuarterOfItsIntervalLateKeepsTheCadenceEvenWithTheLeastJitter() {
        // a busy instance: 2 min late on a 10 min interval, and the jitter draws the earliest slot
        PollPolicy earliest = new PollPolicy(Duration.ofDays(1), Duration.ofHours(6), () -> -1);
        Instant due = NOW.minus(Duration.ofMinutes(2));
        assertThat(earliest.afterSuccess(NOW, due, tenMinutes, null, null))
                .isEqualTo(due.plus(tenMinutes).minusSeconds(30));
        // a 30 s interval (the multi-instance benchmark's) 6 s late: still on cadence
        Duration thirty = Duration.ofSeconds(30);
        assertThat(policy.afterSuccess(NOW, NOW.minusSeconds(6), thirty, null, null))
                .isEqualTo(NOW.minusSeconds(6).plus(thirty));
    }

    @Test
    void aPollBeforeItsDueTimeOrWithNoneCountsFromNow() {
        // polled early on purpose (a new source, a chat's /refresh): the cadence starts again from this poll
        assertThat(policy.afterSuccess(NOW, NOW.plusSeconds(100), tenMinutes, null, null)).isEqualTo(NOW.plus(tenMinutes));
        assertThat(policy.afterSuccess(NOW, null, tenMinutes, null, null)).isEqualTo(NOW.plus(tenMinutes));
    }

    @Test
    void hintsAreHonouredUpToADay() {
        assertThat(policy.afterSuccess(NOW, tenMinutes, Duration.ofDays(7), null)).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCap() {
        assertThat(policy.afterFailure(NOW, tenMinutes, 1, null)).isEqualTo(NOW.plus(tenMinutes));
        assertThat(policy.afterFailure(NOW, tenMinutes, 2, null)).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(policy.afterFailure(NOW, tenMinutes, 4, null)).isEqualTo(NOW.plus(Duration.ofMinutes(80)));
        assertThat(policy.afterFailure(NOW, tenMinutes, 10, null)).isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(policy.afterFailure(NOW, tenMinutes, 1_000_000, null)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void retryAfterIsNeverCutShort() {
        assertThat(policy.afterFailure(NOW, tenMinutes, 1, Duration.ofMinutes(45)))
                .isEqualTo(NOW.plus(Duration.ofMinutes(45)));
        assertThat(policy.afterFailure(NOW, tenMinutes, 1, Duration.ofSeconds(5))).isEqualTo(NOW.plus(tenMinutes));
    }

    @Test
    void aSourceWithALongIntervalIsNotPolledMoreOftenBecauseOfTheCap() {
        assertThat(policy.afterFailure(NOW, Duration.ofHours(12), 5, null)).isEqualTo(NOW.plus(Duration.ofHours(12)));
    }
}
