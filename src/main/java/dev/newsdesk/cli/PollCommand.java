package dev.newsdesk.cli;

import dev.newsdesk.app.PollResult;
import dev.newsdesk.app.Poller;
import dev.newsdesk.core.source.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code poll}: every enabled source (or the named ones) once, now, then a summary. */
@Command(name = "poll", mixinStandardHelpOptions = true,
        description = "Poll every enabled source (or the given source ids) once, now, and print what happened.")
final class PollCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "source ids (default: every enabled source)")
    List<String> ids = List.of();

    @Override
    public Integer call() {
        try (Wiring wiring = Wiring.open(config.load().config())) {
            List<SourceStatus> chosen = wiring.sources.list().stream()
                    .filter(s -> s.source().enabled() && (ids.isEmpty() || ids.contains(s.source().id())))
                    .toList();
            for (String id : ids) {
                if (chosen.stream().noneMatch(s -> s.source().id().equals(id))) {
                    throw new UserError("no enabled source with id '" + id + "' (see: newsdesk sources)");
                }
            }
            Poller poller = wiring.poller();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            List<PollResult> results = poller.pollAllOnce(chosen);
            double seconds = (System.nanoTime() - start) / 1e9;
            print(System.out, results, seconds, (processCpuNanos() - cpuStart) / 1e9);
            // article pages and analyses follow the poll; the command ends when they are done too
            long followStart = System.nanoTime();
            int pending = wiring.afterPoll().pending();
            if (!wiring.afterPoll().awaitIdle(Duration.ofMinutes(30))) {
                System.err.println("poll: analyses still running after 30 min; they continue at the next start");
            }
            System.out.printf(Locale.ROOT, "followed up %d polls (article pages, analyses, stories) in %.2f s more%n",
                    pending, (System.nanoTime() - followStart) / 1e9);
            return results.stream().allMatch(PollResult::failed) && !results.isEmpty() ? 1 : 0;
        }
    }

    /** CPU time of the whole process (every thread, JIT and GC included), or -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** @param cpuSeconds CPU time the whole process used during the cycle, or negative when unknown */
    static void print(PrintStream out, List<PollResult> results, double seconds, double cpuSeconds) {
        long fetched = results.stream().filter(r -> r.outcome().equals(PollResult.FETCHED)).count();
        long notModified = results.stream().filter(r -> r.outcome().equals(PollResult.NOT_MODIFIED)).count();
        long failed = results.stream().filter(PollResult::failed).count();
        long bytes = results.stream().mapToLong(PollResult::bodyBytes).sum();
        int added = results.stream().mapToInt(PollResult::added).sum();
        int updated = results.stream().mapToInt(PollResult::updated).sum();
        for (PollResult r : results) {
            if (r.failed()) {
                out.println("failed  " + r.sourceId() + "  " + r.failureKind().key() + ": " + r.message());
            }
        }
        out.printf(Locale.ROOT, "polled %d sources in %.2f s: %d fetched, %d not modified, %d failed; "
                        + "%d new items, %d updated; %d body bytes%s%n",
                results.size(), seconds, fetched, notModified, failed, added, updated, bytes,
                cpuSeconds < 0 ? "" : String.format(Locale.ROOT, "; %.2f CPU-s", cpuSeconds));
    }
}
