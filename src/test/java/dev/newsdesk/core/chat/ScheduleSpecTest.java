package dev.newsdesk.core.chat;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleSpecTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void readsDailyAndWeekly() {
        ScheduleSpec d = ScheduleSpec.parse(List.of("daily", "08:00", "Europe/Berlin", "crypto"), UTC,
                Set.of("crypto"));
        assertThat(d.spec()).isEqualTo("daily 08:00");
        assertThat(d.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(d.topics()).containsExactly("crypto");
        ScheduleSpec w = ScheduleSpec.parse(List.of("weekly", "Monday", "9:30"), UTC, Set.of());
        assertThat(w.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(w.spec()).isEqualTo("weekly mon 09:30");
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> ScheduleSpec.parse(List.of("daily", "25:00"), UTC, Set.of()))
                .hasMessageContaining("25:00");
        assertThatThrownBy(() -> ScheduleSpec.parse(List.of("hourly"), UTC, Set.of())).hasMessageContaining("hourly");
        assertThatThrownBy(() -> ScheduleSpec.parse(List.of("daily", "08:00", "Mars/Base"), UTC, Set.of()))
                .hasMessageContaining("time zone");
        assertThatThrownBy(() -> ScheduleSpec.parse(List.of("daily", "08:00", "sports"), UTC, Set.of("crypto")))
                .hasMessageContaining("topics: crypto");
    }
}
