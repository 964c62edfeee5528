package dev.newsdesk.adapter.chart;

import dev.newsdesk.core.digest.MentionSeries;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renders real charts and reads them back with ImageIO: size, opacity, and which colours were drawn. */
class JFreeChartRendererTest {
    private final JFreeChartRenderer renderer = new JFreeChartRenderer();

    private static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodes as an image").isNotNull();
        return image;
    }

    /** Pixels within a small distance of {@code colour}: anti-aliased edges blend, line centres do not. */
    private static int pixels(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) <= 24) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aWeekOfMentionsIsAnOpaquePngOfTheAgreedSize() throws IOException {
        BufferedImage image = decode(renderer.png(SampleSeries.of(7, 1, "AI alliances", "Market impact", "Nvidia")));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(500);
        // no alpha channel: Telegram would turn transparent pixels black
        assertThat(image.getColorModel().hasAlpha()).isFalse();
        assertThat(new Color(image.getRGB(2, 2))).isEqualTo(Color.WHITE);
    }

    @Test
    void eachLineWithMentionsIsDrawnInItsOwnColour() throws IOException {
        BufferedImage image = decode(renderer.png(SampleSeries.of(7, 1, "AI alliances", "Nvidia", "BRICS")));
        for (int i = 0; i < 3; i++) {
            assertThat(pixels(image, JFreeChartRenderer.PALETTE.get(i))).as("line %d", i).isGreaterThan(500);
        }
        // anti-aliased crossings can blend into any colour now and then, never into a line's worth
        assertThat(pixels(image, JFreeChartRenderer.PALETTE.get(3))).as("no fourth line").isLessThan(50);
    }

    @Test
    void aLineIsDrawnAtItsHeight() throws IOException {
        // one line at 10 every day but the last, at 0: its colour is high in the plot, then at the bottom
        MentionSeries s = new MentionSeries("t", SampleSeries.window(3),
                List.of(new MentionSeries.Line("Nvidia", List.of(10, 10, 0))));
        BufferedImage image = decode(renderer.png(s));
        Color blue = JFreeChartRenderer.PALETTE.get(0);
        // three days over about 900 pixels of plot: the days are near x = 220, 520 and 820
        int[] rows = rowsWith(image, blue, 400, 480);
        int[] lastRows = rowsWith(image, blue, 790, 850);
        assertThat(rows[0]).as("top of the line in the middle of the window").isLessThan(150);
        assertThat(lastRows[1]).as("bottom of the line at the last day").isGreaterThan(380);
    }

    /** First and last row in columns [from, to) holding {@code colour}. */
    private static int[] rowsWith(BufferedImage image, Color colour, int from, int to) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                if (new Color(image.getRGB(x, y)).equals(colour)) {
                    first = Math.min(first, y);
                    last = Math.max(last, y);
                }
            }
        }
        return new int[] {first, last};
    }

    @Test
    void moreThanEightLinesFoldTheRestIntoAGreyOtherLine() throws IOException {
        String[] names = new String[12];
        for (int i = 0; i < names.length; i++) {
            names[i] = "term " + i;
        }
        BufferedImage image = decode(renderer.png(SampleSeries.of(7, 5, names)));
        // grey is also in anti-aliased text, so compare with the same chart without the folded lines
        String[] seven = java.util.Arrays.copyOf(names, 7);
        BufferedImage unfolded = decode(renderer.png(SampleSeries.of(7, 5, seven)));
        assertThat(pixels(image, JFreeChartRenderer.OTHER) - pixels(unfolded, JFreeChartRenderer.OTHER))
                .isGreaterThan(500);
        for (int i = 0; i < 7; i++) {
            assertThat(pixels(image, JFreeChartRenderer.PALETTE.get(i))).as("line %d", i).isGreaterThan(300);
        }
        assertThat(pixels(image, JFreeChartRenderer.PALETTE.get(7))).as("the eighth colour is not used")
                .isLessThan(50);
    }

    @Test
    void anAllZeroSeriesStillGivesAPictureSayingSo() throws IOException {
        MentionSeries zeros = SampleSeries.fixed(Collections.nCopies(7, 0), "Nvidia", "BRICS");
        assertThat(zeros.isEmpty()).isTrue();
        BufferedImage image = decode(renderer.png(zeros));
        assertThat(image.getWidth()).isEqualTo(1000);
        // the zero line lies on the bottom of the plot, in its colour
        assertThat(pixels(image, JFreeChartRenderer.PALETTE.get(0))).isGreaterThan(0);
    }

    @Test
    void noLinesOrNoDaysAtAllDoNotCrash() throws IOException {
        assertThat(decode(renderer.png(new MentionSeries("nothing", SampleSeries.window(7), List.of())))
                .getWidth()).isEqualTo(1000);
        assertThat(decode(renderer.png(new MentionSeries("nothing", List.of(), List.of()))).getHeight())
                .isEqualTo(500);
        assertThat(decode(renderer.png(new MentionSeries("no days", List.of(),
                List.of(new MentionSeries.Line("Nvidia", List.of())))))).isNotNull();
    }

    @Test
    void oneDayAYearAndHugeCountsAreDrawn() throws IOException {
        assertThat(pixels(decode(renderer.png(SampleSeries.of(1, 3, "Nvidia"))), JFreeChartRenderer.PALETTE.get(0)))
                .isGreaterThan(20);
        assertThat(pixels(decode(renderer.png(SampleSeries.of(365, 3, "Nvidia", "BRICS"))),
                JFreeChartRenderer.PALETTE.get(1))).isGreaterThan(500);
        MentionSeries huge = SampleSeries.fixed(List.of(Integer.MAX_VALUE, 0, Integer.MAX_VALUE), "a", "b");
        assertThat(decode(renderer.png(huge)).getWidth()).isEqualTo(1000);
    }

    @Test
    void anAbsurdWindowIsDrawnAsItsLastYear() throws IOException {
        MentionSeries decade = SampleSeries.of(3650, 4, "Nvidia");
        MentionSeries year = JFreeChartRenderer.lastDays(decade, JFreeChartRenderer.MAX_DAYS);
        assertThat(year.days()).hasSize(366).endsWith(LocalDate.of(2026, 11, 23));
        assertThat(year.series().get(0).counts())
                .isEqualTo(decade.series().get(0).counts().subList(3650 - 366, 3650));
        assertThat(decode(renderer.png(decade)).getWidth()).isEqualTo(1000);
    }

    @Test
    void hostileNamesAndTitlesDoNotCrash() throws IOException {
        MentionSeries s = SampleSeries.of(7, 9,
                "x".repeat(100_000),
                "<html><b>bold</b><script>alert(1)</script>",
                "\u202Eevil\u202C שלום עולם",
                "مرحبا بالعالم",
                "中文 日本語 한국어",
                "\u0000\u0007\u001B[31m",
                "",
                "\uD83D\uDCC8\uD83D",
                "same", "same");
        MentionSeries titled = new MentionSeries("\u202E" + "T".repeat(10_000) + "\n<i>", s.days(), s.series());
        BufferedImage image = decode(renderer.png(titled));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        MentionSeries s = SampleSeries.of(7, 1, "AI alliances", "Nvidia");
        assertThat(renderer.png(s)).isEqualTo(renderer.png(s));
    }

    @Test
    void anotherSizeCanBeAskedForWithinBounds() throws IOException {
        BufferedImage image = decode(new JFreeChartRenderer(640, 320).png(SampleSeries.of(7, 1, "Nvidia")));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(320);
        assertThatThrownBy(() -> new JFreeChartRenderer(100_000, 500)).hasMessageContaining("100000x500");
    }

    @Test
    void creatingTheRendererMakesAwtHeadless() {
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void daysAreLabelledAsGivenWhateverTheJvmsZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            // UTC+14: a day's midnight there is the day before in UTC
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            MentionSeries s = new MentionSeries("t", List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30)),
                    List.of(new MentionSeries.Line("a", List.of(1, 2))));
            XYPlot plot = (XYPlot) renderer.chart(s).getPlot();
            DateAxis axis = (DateAxis) plot.getDomainAxis();
            long first = (long) plot.getDataset().getXValue(0, 0);
            assertThat(axis.getDateFormatOverride().format(new Date(first))).isEqualTo("Sun 29");
            assertThat(axis.getDateFormatOverride().format(new Date(first + 86_400_000L))).isEqualTo("Mon 30");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
