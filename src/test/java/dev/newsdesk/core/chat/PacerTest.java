package dev.newsdesk.core.chat;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PacerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aChatGetsAShortBurstThenAboutOnePerSecond() {
        Pacer p = new Pacer(new Pacer.Limits(3, java.time.Duration.ofSeconds(3), 20, java.time.Duration.ZERO));
        assertThat(p.tryAcquire("c", false, T0)).isEmpty();
        assertThat(p.tryAcquire("c", false, T0)).isEmpty();
        assertThat(p.tryAcquire("c", false, T0)).isEmpty();
        assertThat(p.tryAcquire("c", false, T0)).contains(T0.plusSeconds(3));
        assertThat(p.tryAcquire("other", false, T0)).isEmpty();
    }

    @Test
    void aGroupGetsTwentyAMinute() {
        Pacer p = new Pacer(new Pacer.Limits(100, java.time.Duration.ofSeconds(1), 20, java.time.Duration.ZERO));
        for (int i = 0; i < 20; i++) {
            assertThat(p.tryAcquire("g", true, T0.plusSeconds(i))).isEmpty();
        }
        assertThat(p.tryAcquire("g", true, T0.plusSeconds(20))).contains(T0.plusSeconds(60));
    }

    @Test
    void sendsAreSpacedOverall() {
        Pacer p = new Pacer(Pacer.Limits.TELEGRAM);
        assertThat(p.tryAcquire("a", false, T0)).isEmpty();
        assertThat(p.tryAcquire("b", false, T0)).contains(T0.plusMillis(34));
        assertThat(p.tryAcquire("b", false, T0.plusMillis(34))).isEmpty();
    }

    @Test
    void aHeldChatWaits() {
        Pacer p = new Pacer(Pacer.Limits.NONE);
        p.holdChat("c", T0.plusSeconds(2));
        assertThat(p.tryAcquire("c", false, T0)).contains(T0.plusSeconds(2));
        assertThat(p.tryAcquire("c", false, T0.plusSeconds(2))).isEmpty();
    }
}
