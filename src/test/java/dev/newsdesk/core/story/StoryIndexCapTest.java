package dev.newsdesk.core.story;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The index never holds more than its cap: the oldest time slices go first. */
class StoryIndexCapTest {
    @Test
    void theOldestSlicesGoWhenTheIndexIsFull() {
        Instant t0 = Instant.parse("2026-11-20T00:00:00Z");
        StoryGrouper grouper = new StoryGrouper(StorySettings.DEFAULTS,
                Clock.fixed(t0.plus(Duration.ofDays(3)), ZoneOffset.UTC), 100);
        for (int i = 0; i < 1_000; i++) {
            // one item every 6 minutes: 100 hours, many slices of the 72 h window
            grouper.add(new StoryCandidate("i" + i, "s" + (i % 7), "Distinct headline number " + i + " about topic " + i,
                    "", t0.plus(Duration.ofMinutes(6L * i))));
            assertThat(grouper.indexedItems()).isLessThanOrEqualTo(100 + 60);
        }
        assertThat(grouper.indexedItems()).isLessThanOrEqualTo(160);
        // the newest items are still there to match
        StoryAssignment again = grouper.add(new StoryCandidate("copy", "other", "Distinct headline number 999 about "
                + "topic 999", "", t0.plus(Duration.ofMinutes(6L * 999 + 1))));
        assertThat(again.newStory()).isFalse();
    }
}
