package dev.newsdesk.core.chat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PacerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static void send(Pacer p, String chat, boolean group, Instant at) {
        assertThat(p.tryAcquire(chat, group, at)).isEmpty();
        p.release(chat, group, at);
    }

    @Test
    void aChatGetsAShortBurstThenAboutOnePerSecond() {
        Pacer p = new Pacer(new Pacer.Limits(3, Duration.ofSeconds(3), 20, 1000, Duration.ZERO));
        send(p, "c", false, T0);
        send(p, "c", false, T0);
        send(p, "c", false, T0);
        assertThat(p.tryAcquire("c", false, T0)).contains(T0.plusSeconds(1));
        send(p, "other", false, T0);
        // then one a second, however long the chat keeps asking
        send(p, "c", false, T0.plusSeconds(1));
        assertThat(p.tryAcquire("c", false, T0.plusMillis(1500))).contains(T0.plusSeconds(2));
        send(p, "c", false, T0.plusSeconds(2));
        // and a quiet chat gets its burst back, never more
        for (int i = 0; i < 3; i++) {
            send(p, "c", false, T0.plusSeconds(60));
        }
        assertThat(p.tryAcquire("c", false, T0.plusSeconds(60))).isPresent();
    }

    @Test
    void aGroupGetsTwentyAMinute() {
        Pacer p = new Pacer(new Pacer.Limits(100, Duration.ofSeconds(1), 20, 1000, Duration.ZERO));
        for (int i = 0; i < 20; i++) {
            send(p, "g", true, T0.plusSeconds(i));
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
    void anAnswerToAPersonIsNotHeldForSpacingButCountsForTheNext() {
        Pacer p = new Pacer(Pacer.Limits.TELEGRAM);
        assertThat(p.tryAcquire("alerts", false, T0)).isEmpty();
        assertThat(p.tryAcquire("asker", false, true, T0)).isEmpty();
        assertThat(p.tryAcquire("more-alerts", false, T0.plusMillis(1))).contains(T0.plusMillis(34));
    }

    @Test
    void anAnswerStaysWithinTheOverallLimit() {
        Pacer p = new Pacer(new Pacer.Limits(100, Duration.ofSeconds(1), 100, 2, Duration.ofMillis(34)));
        assertThat(p.tryAcquire("a", false, true, T0)).isEmpty();
        assertThat(p.tryAcquire("b", false, true, T0)).isEmpty();
        assertThat(p.tryAcquire("c", false, true, T0)).isPresent();
    }

    @Test
    void messagesInFlightAndAnsweredInTheLastSecondCountOverall() {
        Pacer p = new Pacer(new Pacer.Limits(100, Duration.ofSeconds(1), 100, 3, Duration.ZERO));
        assertThat(p.tryAcquire("a", false, T0)).isEmpty();
        assertThat(p.tryAcquire("b", false, T0)).isEmpty();
        assertThat(p.tryAcquire("c", false, T0)).isEmpty();
        assertThat(p.tryAcquire("d", false, T0)).isPresent();
        p.release("a", false, T0.plusMillis(500)); // answered late: counts until 1.5 s
        assertThat(p.tryAcquire("d", false, T0.plusMillis(600))).isPresent();
        p.release("b", false, T0.plusMillis(600));
        p.release("c", false, T0.plusMillis(600));
        assertThat(p.tryAcquire("d", false, T0.plusMillis(700))).contains(T0.plusMillis(1500));
        assertThat(p.tryAcquire("d", false, T0.plusMillis(1500))).isEmpty();
    }

    @Test
    void instancesSharingOneBotEachKeepToTheirPartOfTheOverallLimit() {
        Pacer p = new Pacer(new Pacer.Limits(100, Duration.ofSeconds(1), 100, 30, Duration.ofMillis(34)));
        p.share(3);
        assertThat(p.overallPerSecond()).isEqualTo(10);
        // three times the spacing: the three instances' sends interleave at the bot's 34 ms
        assertThat(p.tryAcquire("a", false, T0)).isEmpty();
        assertThat(p.tryAcquire("b", false, T0.plusMillis(34))).contains(T0.plusMillis(102));
        // at most 10 in any second, answers to people included
        Instant t = T0;
        p.release("a", false, T0);
        int sent = 1;
        for (int i = 0; i < 100; i++) {
            t = t.plusMillis(5);
            if (p.tryAcquire("c" + i, false, true, t).isEmpty()) {
                p.release("c" + i, false, t);
                sent++;
            }
        }
        assertThat(sent).as("sent in the first 0.5 s").isEqualTo(10);
        // alone again (the others left): the whole limit
        p.share(1);
        assertThat(p.overallPerSecond()).isEqualTo(30);
        assertThat(p.tryAcquire("d", false, true, t.plusMillis(1))).isEmpty();
    }

    @Test
    void aHeldChatWaits() {
        Pacer p = new Pacer(Pacer.Limits.NONE);
        p.holdChat("c", T0.plusSeconds(2));
        assertThat(p.tryAcquire("c", false, T0)).contains(T0.plusSeconds(2));
        assertThat(p.tryAcquire("c", false, T0.plusSeconds(2))).isEmpty();
    }
}
