package dev.newsdesk.core.chat;

import dev.newsdesk.config.CronDueTimes;
import dev.newsdesk.config.DigestSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When schedules fall due: local time kept across both daylight-saving changes, in zones north, south and without. */
class DueTimesTest {

    private static Instant local(String zone, String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    @ParameterizedTest(name = "{0}: daily 08:00 on {1} is 08:00 local")
    @CsvSource({
            // the days before, of and after each change of 2026
            "Europe/Berlin, 2026-03-28", "Europe/Berlin, 2026-03-29", "Europe/Berlin, 2026-03-30",
            "Europe/Berlin, 2026-10-24", "Europe/Berlin, 2026-10-25", "Europe/Berlin, 2026-10-26",
            "America/New_York, 2026-03-07", "America/New_York, 2026-03-08", "America/New_York, 2026-03-09",
            "America/New_York, 2026-10-31", "America/New_York, 2026-11-01", "America/New_York, 2026-11-02",
            "Australia/Sydney, 2026-04-04", "Australia/Sydney, 2026-04-05", "Australia/Sydney, 2026-04-06",
            "Australia/Sydney, 2026-10-03", "Australia/Sydney, 2026-10-04", "Australia/Sydney, 2026-10-05",
            "Asia/Kolkata, 2026-03-29", "UTC, 2026-10-25"})
    void dailyIsTheSameLocalTimeOnBothSidesOfAChange(String zone, String date) {
        ScheduleSpec daily = new ScheduleSpec(null, LocalTime.of(8, 0), ZoneId.of(zone), List.of());
        LocalDate d = LocalDate.parse(date);
        Instant due = daily.lastAtOrBefore(local(zone, date + "T12:00"));
        assertThat(due.atZone(ZoneId.of(zone)).toLocalDateTime()).isEqualTo(d.atTime(8, 0));
        // just before 08:00 the latest due time is the day before, also at 08:00 local
        Instant before = daily.lastAtOrBefore(local(zone, date + "T07:59"));
        assertThat(before.atZone(ZoneId.of(zone)).toLocalDateTime()).isEqualTo(d.minusDays(1).atTime(8, 0));
        // and exactly at 08:00 it is due
        assertThat(daily.lastAtOrBefore(due)).isEqualTo(due);
    }

    @Test
    void theDayClocksGoForwardIsTwentyThreeHoursLongAndTheDayTheyGoBackTwentyFive() {
        ScheduleSpec daily = new ScheduleSpec(null, LocalTime.of(8, 0), ZoneId.of("Europe/Berlin"), List.of());
        Instant spring = daily.lastAtOrBefore(local("Europe/Berlin", "2026-03-29T09:00"));
        Instant before = daily.lastAtOrBefore(spring.minusSeconds(1));
        assertThat(Duration.between(before, spring)).isEqualTo(Duration.ofHours(23));
        Instant autumn = daily.lastAtOrBefore(local("Europe/Berlin", "2026-10-25T09:00"));
        assertThat(Duration.between(daily.lastAtOrBefore(autumn.minusSeconds(1)), autumn))
                .isEqualTo(Duration.ofHours(25));
        // and the digests of those days look back exactly that far: nothing falls between two digests
        assertThat(daily.window(spring)).isEqualTo(Duration.ofHours(23));
        assertThat(daily.window(autumn)).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aTimeThatDoesNotExistMovesAnHourLaterAndATwiceTimeIsTheFirst() {
        ScheduleSpec at0230 = new ScheduleSpec(null, LocalTime.of(2, 30), ZoneId.of("Europe/Berlin"), List.of());
        Instant spring = at0230.lastAtOrBefore(local("Europe/Berlin", "2026-03-29T12:00"));
        assertThat(spring.atZone(ZoneId.of("Europe/Berlin")).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        Instant autumn = at0230.lastAtOrBefore(local("Europe/Berlin", "2026-10-25T12:00"));
        assertThat(autumn).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST, the first of the two
    }

    @ParameterizedTest(name = "weekly mon 09:00 {0}")
    @CsvSource({"Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Tokyo"})
    void weeklyFallsOnItsDayAtLocalTimeEveryWeekOfTheYear(String zone) {
        ZoneId z = ZoneId.of(zone);
        ScheduleSpec weekly = new ScheduleSpec(DayOfWeek.MONDAY, LocalTime.of(9, 0), z, List.of());
        Instant t = local(zone, "2026-01-01T00:00");
        for (int week = 0; week < 53; week++) {
            Instant due = weekly.lastAtOrBefore(t.plus(Duration.ofDays(7L * week)));
            ZonedDateTime at = due.atZone(z);
            assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        }
        Instant due = weekly.lastAtOrBefore(t.plus(Duration.ofDays(100)));
        long hours = weekly.window(due).toHours();
        assertThat(hours).isBetween(167L, 169L); // a week, an hour shorter or longer across a change
    }

    @Test
    void cronWeekdaysAtEightInAZoneKeepLocalTimeAcrossTheChange() {
        CronDueTimes weekdays = new CronDueTimes("0 8 * * 1-5", ZoneId.of("Europe/Berlin"));
        // Monday 30 March 2026, after the change: 08:00 CEST = 06:00 UTC
        assertThat(weekdays.lastAtOrBefore(Instant.parse("2026-03-30T06:30:00Z")))
                .isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
        // Friday 27 March, before it: 08:00 CET = 07:00 UTC
        assertThat(weekdays.lastAtOrBefore(Instant.parse("2026-03-27T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-27T07:00:00Z"));
        // on Sunday the latest is Friday's, and Monday's digest looks back over the weekend
        Instant sunday = Instant.parse("2026-03-29T12:00:00Z");
        assertThat(weekdays.lastAtOrBefore(sunday)).isEqualTo(Instant.parse("2026-03-27T07:00:00Z"));
        assertThat(weekdays.window(Instant.parse("2026-03-30T06:00:00Z"))).isEqualTo(Duration.ofHours(71));
    }

    @Test
    void operatorScheduleTextsReadAsDailyWeeklyOrCronAndNonsenseIsExplained() {
        assertThat(DigestSpec.due("daily 08:00 Europe/Berlin", "").describe()).isEqualTo("daily 08:00 Europe/Berlin");
        assertThat(DigestSpec.due("weekly mon 09:00", "America/New_York").describe())
                .isEqualTo("weekly mon 09:00 America/New_York");
        assertThat(DigestSpec.due("0 8 * * 1-5", "Europe/Berlin").describe()).isEqualTo("cron 0 8 * * 1-5 Europe/Berlin");
        assertThatThrownBy(() -> DigestSpec.due("every morning", "")).hasMessageContaining("cron expression");
        assertThatThrownBy(() -> DigestSpec.due("0 8 * *", "")).hasMessageContaining("cron expression");
        assertThatThrownBy(() -> DigestSpec.due("daily 08:00", "Mars/Olympus")).hasMessageContaining("time zone");
    }

    @Test
    void scheduleOptionsAreReadBesideTopics() {
        ScheduleSpec s = ScheduleSpec.parse(List.of("daily", "07:30", "UTC", "crypto", "quiet", "chart"),
                ZoneId.of("UTC"), Set.of("crypto"));
        assertThat(s.topics()).containsExactly("crypto");
        assertThat(s.options()).containsExactlyInAnyOrder("quiet", "chart");
        assertThatThrownBy(() -> ScheduleSpec.parse(List.of("daily", "07:30", "loud"), ZoneId.of("UTC"), Set.of()))
                .hasMessageContaining("options: quiet, chart");
    }
}
