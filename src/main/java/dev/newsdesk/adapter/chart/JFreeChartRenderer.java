package dev.newsdesk.adapter.chart;

import dev.newsdesk.app.chat.ChartRenderer;
import dev.newsdesk.core.digest.MentionSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Draws mentions per day as a line chart, one line per term or topic, on an opaque white PNG of a fixed size (1000 x
 * 500 unless told otherwise: legible on a phone, and Telegram shows it without recompressing much). Headless: no
 * display is needed, only fonts. At most {@link #MAX_LINES} lines, the rest folded into "other"; a whole-number y axis;
 * days on the x axis as {@code Mon 23}. Stateless and safe to share between threads.
 */
public final class JFreeChartRenderer implements ChartRenderer {
    static {
        // first of all, before the colours below load AWT's native library, which reads this once for good: a bot
        // has no display and must not look for one (a stale DISPLAY would make every chart fail)
        System.setProperty("java.awt.headless", "true");
    }

    /** More lines than this cannot be told apart; the rest become one "other" line. */
    public static final int MAX_LINES = 8;
    static final int NAME_LIMIT = 40;
    static final int TITLE_LIMIT = 100;
    /** A year and a day: longer windows are drawn as their last this many days. */
    static final int MAX_DAYS = 366;
    private static final String NO_MENTIONS = "No mentions in this window";
    static final Color BACKGROUND = Color.WHITE;
    /** Okabe-Ito: eight colours that colour-blind readers can tell apart, on white; "other" is grey. */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x000000), new Color(0xF0E442).darker());
    static final Color OTHER = new Color(0x999999);
    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color AXIS = new Color(0xBBBBBB);
    private static final long DAY_MS = Duration.ofDays(1).toMillis();
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final int width;
    private final int height;

    /** Charts of 1000 x 500 pixels. */
    public JFreeChartRenderer() {
        this(1000, 500);
    }

    public JFreeChartRenderer(int width, int height) {
        if (width < 200 || height < 100 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("chart: size " + width + "x" + height + " (use 200x100 to 4000x4000)");
        }
        this.width = width;
        this.height = height;
    }

    @Override
    public byte[] png(MentionSeries series) {
        try {
            return encode(draw(chart(series)));
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw e;
        } catch (Error e) {
            // what AWT throws when the machine has no fonts (Error "No physical fonts found", InternalError "Fontconfig
            // head is null") or lacks its native libraries (UnsatisfiedLinkError, then NoClassDefFoundError)
            throw new ChartException("chart: this machine cannot draw text (" + rootCause(e) + "); install "
                    + "fontconfig, libfreetype6 and a font such as fonts-dejavu-core", e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    JFreeChart chart(MentionSeries asked) {
        MentionSeries series = lastDays(asked, MAX_DAYS);
        List<MentionSeries.Line> lines = LineFolding.fold(series.series(), MAX_LINES);
        XYPlot plot = new XYPlot(dataset(series.days(), lines), dayAxis(series.days()), countAxis(lines),
                lineRenderer(lines.size(), series.series().size() > lines.size(), series.days().size()));
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(NO_MENTIONS);
        plot.setNoDataMessageFont(font(Font.PLAIN, 18));
        plot.setNoDataMessagePaint(TEXT);

        JFreeChart chart = new JFreeChart(null, font(Font.BOLD, 20), plot, true);
        chart.setTitle(title(ChartText.line(series.title(), TITLE_LIMIT, "Mentions per day"), Font.BOLD, 20));
        if (series.isEmpty() && !lines.isEmpty()) {
            chart.addSubtitle(title(NO_MENTIONS, Font.PLAIN, 15));
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font(Font.PLAIN, 14));
        legend.setItemPaint(TEXT);
        legend.setBackgroundPaint(BACKGROUND);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        chart.setBackgroundPaint(BACKGROUND);
        chart.setPadding(new RectangleInsets(10, 10, 10, 16));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return chart;
    }

    /** The last {@code max} days: a longer window would cost time and show nothing more on a phone. */
    static MentionSeries lastDays(MentionSeries s, int max) {
        int n = s.days().size();
        if (n <= max) {
            return s;
        }
        List<MentionSeries.Line> lines = s.series().stream()
                .map(l -> new MentionSeries.Line(l.name(), l.counts().subList(n - max, n))).toList();
        return new MentionSeries(s.title(), s.days().subList(n - max, n), lines);
    }

    private static XYSeriesCollection dataset(List<LocalDate> days, List<MentionSeries.Line> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (MentionSeries.Line line : lines) {
            // the legend names each line with its total, so the reader needs no arithmetic; equal names stay apart
            String name = ChartText.legend(ChartText.line(line.name(), NAME_LIMIT, "(unnamed)"),
                    LineFolding.total(line));
            XYSeries s = new XYSeries(unique(name, data), false, true);
            for (int d = 0; d < days.size(); d++) {
                s.add(x(days.get(d)), line.counts().get(d));
            }
            data.addSeries(s);
        }
        return data;
    }

    private static TextTitle title(String text, int style, int size) {
        TextTitle t = new TextTitle(text, font(style, size));
        t.setPaint(TEXT);
        t.setPadding(new RectangleInsets(4, 4, 6, 4));
        return t;
    }

    private static String unique(String name, XYSeriesCollection data) {
        String n = name;
        for (int i = 2; data.getSeriesIndex(n) >= 0; i++) {
            n = name + " (" + i + ")";
        }
        return n;
    }

    /** Each day at its midnight in UTC: the days are the chat's already, and UTC keeps them whole. */
    private static double x(LocalDate day) {
        return day.toEpochDay() * (double) DAY_MS;
    }

    private static DateAxis dayAxis(List<LocalDate> days) {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        axis.setDateFormatOverride(ChartText.dayFormat(days.size(), UTC));
        axis.setTickMarkPosition(DateTickMarkPosition.START);
        // about 12 labels at most: a 90-day window labels every 8th day, a week every day
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, Math.max(1, (days.size() + 11) / 12)));
        if (!days.isEmpty()) {
            // half a day either side, so the first and last points are not on the frame
            axis.setRange(x(days.get(0)) - DAY_MS / 2.0, x(days.get(days.size() - 1)) + DAY_MS / 2.0);
        }
        style(axis);
        return axis;
    }

    private static NumberAxis countAxis(List<MentionSeries.Line> lines) {
        NumberAxis axis = new NumberAxis("mentions");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int max = 0;
        for (MentionSeries.Line l : lines) {
            for (int c : l.counts()) {
                max = Math.max(max, c);
            }
        }
        // from zero, with room above the highest point; an all-zero chart still shows 0 and 1
        axis.setRange(0, Math.max(1, max) * 1.08);
        style(axis);
        return axis;
    }

    private static void style(org.jfree.chart.axis.Axis axis) {
        axis.setTickLabelFont(font(Font.PLAIN, 13));
        axis.setLabelFont(font(Font.PLAIN, 14));
        axis.setTickLabelPaint(TEXT);
        axis.setLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
    }

    /** {@code folded}: the last line is the sum of the lines left out, drawn grey. */
    private static XYLineAndShapeRenderer lineRenderer(int lines, boolean folded, int days) {
        // points only where they can be told apart: up to about a month of days
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, days <= 31);
        BasicStroke stroke = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Ellipse2D dot = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
        for (int i = 0; i < lines; i++) {
            boolean other = folded && i == lines - 1;
            r.setSeriesPaint(i, other ? OTHER : PALETTE.get(i % PALETTE.size()));
            r.setSeriesStroke(i, stroke);
            r.setSeriesShape(i, dot);
        }
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    private static Font font(int style, int size) {
        // the logical sans-serif font: fontconfig maps it to what the machine has (DejaVu Sans on Debian), with its
        // fallbacks for scripts one font lacks (Arabic, Hebrew, CJK)
        return new Font(Font.SANS_SERIF, style, size);
    }

    private BufferedImage draw(JFreeChart chart) {
        // RGB without alpha: a transparent background turns black when Telegram re-encodes the photo as JPEG
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.addRenderingHints(Map.of(
                    RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
                    // greyscale, not LCD sub-pixel: coloured fringes would show on every phone screen
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
                    RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON,
                    RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE,
                    RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY));
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        // in memory: ImageIO's default stream would cache in a temporary file
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("chart: PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
