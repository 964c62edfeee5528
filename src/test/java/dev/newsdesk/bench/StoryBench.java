package dev.newsdesk.bench;

import dev.newsdesk.core.story.StoryAssignment;
import dev.newsdesk.core.story.StoryCandidate;
import dev.newsdesk.core.story.StoryGrouper;
import dev.newsdesk.core.story.StorySettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Story grouping at scale: 100,000 synthetic items (about 30,000 events, 1–6 outlet variants each, spread over 7
 * days) added one by one; prints the time, items/s, stories formed against the synthetic truth (pairwise precision
 * and recall) and the process's resident memory (VmRSS). Targets: under 10 s, under 300 MB. Run as a whole process
 * ({@code bench/stories.sh}) so that VmRSS means something.
 */
public final class StoryBench {
    public static void main(String[] args) throws IOException {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Instant start = Instant.parse("2024-06-03T00:00:00Z");
        long t0 = System.nanoTime();
        List<StorySynth.Item> stream = new StorySynth(seed, start).generate(items);
        long t1 = System.nanoTime();
        System.out.printf("generated %,d items of %,d events in %.2f s%n", stream.size(),
                stream.stream().mapToInt(StorySynth.Item::event).distinct().count(), (t1 - t0) / 1e9);

        StoryGrouper grouper = new StoryGrouper(StorySettings.DEFAULTS,
                Clock.fixed(start.plus(Duration.ofDays(8)), ZoneOffset.UTC));
        String[] storyOf = new String[stream.size()];
        Map<String, Integer> indexOf = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long a0 = System.nanoTime();
        for (int i = 0; i < stream.size(); i++) {
            StorySynth.Item it = stream.get(i);
            StoryAssignment a = grouper.add(new StoryCandidate(it.id(), it.source(), it.title(), it.lead(),
                    it.publishedAt()));
            storyOf[i] = a.storyId();
            indexOf.put(it.id(), i);
            Integer m = a.matchedItem().map(indexOf::get).orElse(null);
            if (m != null && stream.get(m).event() != it.event() && wrong.size() < 12) {
                wrong.add(String.format("%.2f %s  <->  %s", a.similarity(), it.title(), stream.get(m).title()));
            }
        }
        long a1 = System.nanoTime();
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double secs = (a1 - a0) / 1e9;
        System.out.printf("story grouping: %,d items in %.2f s wall, %.2f s CPU of the adding thread "
                + "(%,.0f items/s wall; target < 10 s)%n", stream.size(), secs, cpu, stream.size() / secs);
        System.out.printf("machine load while measuring: %s%n", loadAverage());
        System.out.printf("index at the end: %,d items, %,d stories%n", grouper.indexedItems(),
                grouper.indexedStories());
        quality(stream, storyOf);
        System.out.println("first wrong matches (similarity, item <-> matched item):");
        wrong.forEach(w -> System.out.println("  " + w));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after GC: %.1f MB (max %.0f MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        System.out.printf("resident memory: %s (target < 300 MB); index still holds %,d items%n", vmRss(),
                grouper.indexedItems());
    }

    /** Pairwise precision and recall of the stories against the events that made the items. */
    private static void quality(List<StorySynth.Item> stream, String[] storyOf) {
        Map<String, Map<Integer, Integer>> cells = new HashMap<>();
        Map<String, Integer> storySize = new HashMap<>();
        Map<Integer, Integer> eventSize = new HashMap<>();
        for (int i = 0; i < stream.size(); i++) {
            int ev = stream.get(i).event();
            cells.computeIfAbsent(storyOf[i], k -> new HashMap<>()).merge(ev, 1, Integer::sum);
            storySize.merge(storyOf[i], 1, Integer::sum);
            eventSize.merge(ev, 1, Integer::sum);
        }
        long tp = 0;
        for (Map<Integer, Integer> m : cells.values()) {
            for (int n : m.values()) {
                tp += pairs(n);
            }
        }
        long predicted = storySize.values().stream().mapToLong(StoryBench::pairs).sum();
        long truth = eventSize.values().stream().mapToLong(StoryBench::pairs).sum();
        System.out.printf("stories formed: %,d (ground truth: %,d events)%n", storySize.size(), eventSize.size());
        System.out.printf("pairwise precision %.4f, recall %.4f (same-story pairs: %,d predicted, %,d true, %,d both)%n",
                predicted == 0 ? 1.0 : (double) tp / predicted, truth == 0 ? 1.0 : (double) tp / truth,
                predicted, truth, tp);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static String loadAverage() throws IOException {
        Path p = Path.of("/proc/loadavg");
        return Files.exists(p) ? "loadavg " + Files.readString(p).trim() + ", " + Runtime.getRuntime()
                .availableProcessors() + " cores" : "unknown";
    }

    private static String vmRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc/self/status)";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                String kb = line.substring(6).trim().split("\\s+")[0];
                return String.format("VmRSS %.1f MB", Long.parseLong(kb) / 1024.0);
            }
        }
        return "unknown";
    }

    private StoryBench() {
    }
}
