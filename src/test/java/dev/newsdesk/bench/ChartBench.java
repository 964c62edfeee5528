package dev.newsdesk.bench;

import dev.newsdesk.adapter.chart.JFreeChartRenderer;
import dev.newsdesk.adapter.chart.SampleSeries;
import dev.newsdesk.core.digest.MentionSeries;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Milliseconds per digest chart (1000 x 500 PNG): the first chart of a fresh JVM (AWT, fonts and JFreeChart loading),
 * then warm charts of a week with 4 lines and of 30 days with 12 lines folded to 8, as wall and thread-CPU time per
 * chart (CPU is the figure to trust on a shared machine), and the PNG's size. One thread; no target in the issue.
 * Run: {@code bench/run-java.sh dev.newsdesk.bench.ChartBench [ROUNDS]}.
 */
public final class ChartBench {
    private ChartBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MentionSeries week = SampleSeries.of(7, 1, "AI alliances", "Market impact", "Nvidia", "BRICS");
        String[] twelve = new String[12];
        Arrays.setAll(twelve, i -> "term " + i);
        MentionSeries month = SampleSeries.of(30, 2, twelve);

        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        JFreeChartRenderer renderer = new JFreeChartRenderer();
        byte[] first = renderer.png(week);
        System.out.printf("first chart (cold JVM): %.0f ms wall, %.0f ms CPU, %,d bytes%n",
                (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6, first.length);
        for (int i = 0; i < 30; i++) {
            renderer.png(week);
            renderer.png(month);
        }
        run("7 days x 4 lines", renderer, week, rounds, threads);
        run("30 days x 12 lines (8 drawn)", renderer, month, rounds, threads);
    }

    private static void run(String name, JFreeChartRenderer renderer, MentionSeries s, int rounds,
                            ThreadMXBean threads) {
        long[] ms = new long[rounds];
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            bytes = renderer.png(s).length;
            ms[i] = System.nanoTime() - t;
        }
        double wallPer = (System.nanoTime() - start) / 1e6 / rounds;
        double cpuPer = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds;
        Arrays.sort(ms);
        System.out.printf("%s: %d charts, %.1f ms wall/chart (p50 %.1f, p95 %.1f), %.1f ms CPU/chart, %,d bytes%n",
                name, rounds, wallPer, ms[rounds / 2] / 1e6, ms[rounds * 95 / 100] / 1e6, cpuPer, bytes);
    }
}
