// Where ingest time goes, phase by phase, in one JVM: read, parse, normalise (ids, hashes, text), store; round 1 is
// the cold JVM (as a first poll cycle), later rounds warm. CPU time of this thread and of the whole process per round.
// Uses the product's public classes from the jar; single-threaded so that phases are comparable.
//
//   java -cp target/newsdesk.jar bench/PhaseTiming.java bench/out/feeds-200x50 [rounds=3]
import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.item.ItemNormalizer;
import dev.newsdesk.core.item.ParsedFeed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class PhaseTiming {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        FeedParsers parser = new FeedParsers();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            Path db = Files.createTempFile(Path.of("bench/out"), "phase-", ".db");
            Files.delete(db);
            long read = 0, parse = 0, norm = 0, store = 0;
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long process0 = os.getProcessCpuTime();
            int n = 0;
            try (Database d = Database.open(new StorageSettings("jdbc:sqlite:" + db, "", "", 2))) {
                JdbcItemStore items = new JdbcItemStore(d);
                for (Path f : files) {
                    long t0 = System.nanoTime();
                    byte[] body = Files.readAllBytes(f);
                    long t1 = System.nanoTime();
                    ParsedFeed feed = parser.parse(body, null, null, null);
                    long t2 = System.nanoTime();
                    List<Item> list = ItemNormalizer.normalize("bench-" + f.getFileName().toString().replace('.', '-'),
                            feed, null, Instant.now());
                    long t3 = System.nanoTime();
                    items.store(new ArrayList<>(list));
                    long t4 = System.nanoTime();
                    read += t1 - t0; parse += t2 - t1; norm += t3 - t2; store += t4 - t3;
                    n += list.size();
                }
            } finally {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(db + suffix));
                }
            }
            double total = (read + parse + norm + store) / 1e9;
            double threadCpu = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double processCpu = (os.getProcessCpuTime() - process0) / 1e9;
            System.out.printf("round %d: %d items in %.2f s (%.0f items/s, one thread): read %.2f s, parse %.2f s, "
                            + "normalise %.2f s, store %.2f s; CPU: this thread %.2f s, whole process %.2f s "
                            + "(JIT and GC included)%n", round, n, total, n / total, read / 1e9, parse / 1e9,
                    norm / 1e9, store / 1e9, threadCpu, processCpu);
        }
    }
}
