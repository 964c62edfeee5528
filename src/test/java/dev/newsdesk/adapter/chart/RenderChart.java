package dev.newsdesk.adapter.chart;

import dev.newsdesk.app.chat.ChartRenderer;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders one sample chart to the file named by the first argument, in a JVM of its own, so that a test can start it
 * with the environment of a server (a stale DISPLAY, no fonts). Prints {@code headless=...}; exits 3 with the
 * renderer's message when the machine cannot draw.
 */
public final class RenderChart {
    private RenderChart() {
    }

    public static void main(String[] args) throws Exception {
        ChartRenderer renderer = new JFreeChartRenderer();
        try {
            byte[] png = renderer.png(SampleSeries.of(7, 1, "AI alliances", "Nvidia"));
            Files.write(Path.of(args[0]), png);
            System.out.println("headless=" + GraphicsEnvironment.isHeadless());
        } catch (ChartRenderer.ChartException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
