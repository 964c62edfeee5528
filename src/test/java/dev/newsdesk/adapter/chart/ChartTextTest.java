package dev.newsdesk.adapter.chart;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTextTest {

    @Test
    void controlBidiAndInvisibleCharactersAreRemovedAndSpaceIsFolded() {
        assertThat(ChartText.line("  AI\u0000 \u202Ealliance\u202C\u200B\n\tnews ", 40, "?"))
                .isEqualTo("AI alliance news");
    }

    @Test
    void longNamesAreCutToTheLimitWithAnEllipsis() {
        String cut = ChartText.line("x".repeat(1_000_000), 40, "?");
        assertThat(cut).hasSize(40).endsWith("…");
        assertThat(ChartText.line("exactly five", 12, "?")).isEqualTo("exactly five");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDCC8"; // chart increasing, two UTF-16 units
        String cut = ChartText.line(emoji.repeat(50), 10, "?");
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(10);
        assertThat(cut).startsWith(emoji.repeat(9)).endsWith("…");
    }

    @Test
    void aNameWithNothingVisibleGetsTheFallback() {
        assertThat(ChartText.line("\u202E\u0007 \u200B", 40, "(unnamed)")).isEqualTo("(unnamed)");
    }

    @Test
    void markupIsKeptAsTextSinceAChartInterpretsNone() {
        assertThat(ChartText.line("<b>Nvidia</b> & co", 40, "?")).isEqualTo("<b>Nvidia</b> & co");
    }

    @Test
    void daysReadAsWeekdayAndDateForAWeekAndWithTheMonthForLongerWindows() {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        Date monday = Date.from(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(ChartText.dayFormat(7, utc).format(monday)).isEqualTo("Mon 23");
        assertThat(ChartText.dayFormat(30, utc).format(monday)).isEqualTo("23 Nov");
    }

    @Test
    void legendEntriesKeepTheTotalAfterARightToLeftName() {
        assertThat(ChartText.legend("שלום", 21)).isEqualTo("\u200Eשלום\u200E · 21");
    }
}
