package dev.newsdesk.bench;

import dev.newsdesk.adapter.http.HealthServer;
import dev.newsdesk.adapter.http.MetricsEndpoint;
import dev.newsdesk.adapter.metrics.MicrometerMetrics;
import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.adapter.store.JdbcItemStore;
import dev.newsdesk.adapter.store.JdbcSourceStore;
import dev.newsdesk.adapter.store.SqliteBackup;
import dev.newsdesk.adapter.telegram.ChatStack;
import dev.newsdesk.adapter.telegram.FakeBotApi;
import dev.newsdesk.adapter.telegram.TelegramWebhook;
import dev.newsdesk.app.HealthCheck;
import dev.newsdesk.config.StorageSettings;
import dev.newsdesk.core.item.Item;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Operations figures, in one process on loopback:
 * <ol>
 *   <li>webhook intake: N updates POSTed to {@code /telegram/webhook} from 8 client threads, parsed and handed to the
 *   bot's lanes (the handler only); requests/s and latency percentiles; and refused requests (wrong secret)/s;</li>
 *   <li>a {@code /metrics} scrape: bytes and time, after the meters exist;</li>
 *   <li>backup: {@code VACUUM INTO} of a store of ITEMS items while a writer stores one item per transaction;
 *   seconds, MB, and the writer's slowest write during the backup (does the backup stall writers?).</li>
 * </ol>
 * Run: {@code bench/run-java.sh dev.newsdesk.bench.OpsBench [UPDATES=20000] [ITEMS=100000]}.
 */
public final class OpsBench {
    private static final String SECRET = "bench_secret_0123456789";
    private static final MediaType JSON = MediaType.get("application/json");

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("ops-bench");
        webhookAndScrape(dir, updates);
        backup(dir, items);
    }

    private static void webhookAndScrape(Path dir, int updates) throws Exception {
        AtomicLong handed = new AtomicLong();
        try (FakeBotApi api = new FakeBotApi();
             ChatStack stack = new ChatStack(dir.resolve("webhook.db"), api.url(), java.util.Set.of(), false);
             MicrometerMetrics metrics = new MicrometerMetrics()) {
            HealthServer http = new HealthServer(0, new HealthCheck(stack.db::ping, () -> true));
            // the handler and parsing only: commands are not answered here (ChatBench measures those)
            http.route(TelegramWebhook.PATH, new TelegramWebhook(SECRET, u -> handed.incrementAndGet()));
            http.route("/metrics", new MetricsEndpoint(metrics::scrape));
            OkHttpClient client = new OkHttpClient.Builder().build();
            client.dispatcher().setMaxRequestsPerHost(16);
            String url = "http://127.0.0.1:" + http.port() + TelegramWebhook.PATH;
            String body = api.messageUpdateJson(42, "private", 42, "/digest ai-alliances 7d");
            post(client, url, body, SECRET, 2_000); // warm-up
            handed.set(0);
            for (String secret : new String[]{SECRET, "wrong"}) {
                List<Long> micros = Collections.synchronizedList(new ArrayList<>());
                long t0 = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    fs.add(pool.submit(() -> {
                        for (int i = 0; i < updates / 8; i++) {
                            long s = System.nanoTime();
                            post(client, url, body, secret, 1);
                            micros.add((System.nanoTime() - s) / 1000);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
                pool.shutdown();
                double secs = (System.nanoTime() - t0) / 1e9;
                Collections.sort(micros);
                System.out.printf("webhook %s secret: %,d requests in %.2f s = %,.0f req/s; latency p50 %.2f ms, "
                                + "p99 %.2f ms; handed to the bot %,d%n", secret.equals(SECRET) ? "right" : "wrong",
                        micros.size(), secs, micros.size() / secs, micros.get(micros.size() / 2) / 1000.0,
                        micros.get(micros.size() * 99 / 100) / 1000.0, handed.get());
                handed.set(0);
            }
            for (int i = 0; i < 5; i++) {
                metrics.fetched("ok");
                metrics.commandAnswered("digest", 3_000_000);
            }
            long best = Long.MAX_VALUE;
            int bytes = 0;
            for (int i = 0; i < 50; i++) {
                long s = System.nanoTime();
                try (Response r = client.newCall(new Request.Builder().url("http://127.0.0.1:" + http.port()
                        + "/metrics").build()).execute()) {
                    bytes = r.body().bytes().length;
                }
                best = Math.min(best, System.nanoTime() - s);
            }
            System.out.printf("/metrics: %,d bytes, best of 50 scrapes %.2f ms%n", bytes, best / 1e6);
            http.close();
        }
    }

    private static void post(OkHttpClient client, String url, String body, String secret, int times)
            throws Exception {
        for (int i = 0; i < times; i++) {
            try (Response r = client.newCall(new Request.Builder().url(url)
                    .header("X-Telegram-Bot-Api-Secret-Token", secret).post(RequestBody.create(body, JSON)).build())
                    .execute()) {
                if (r.code() != 200 && r.code() != 401) {
                    throw new IllegalStateException("webhook answered " + r.code());
                }
            }
        }
    }

    private static void backup(Path dir, int count) throws Exception {
        Path store = dir.resolve("backup.db");
        String url = "jdbc:sqlite:" + store;
        try (Database db = Database.open(new StorageSettings(url, "", "", 2))) {
            new JdbcSourceStore(db).save(ChatStack.source("gtw", "Global Tech Wire"), Instant.now());
            JdbcItemStore items = new JdbcItemStore(db);
            String text = "Officials said the agreement covers compute and chips. ".repeat(30);
            for (int done = 0; done < count; done += 1_000) {
                List<Item> batch = new ArrayList<>();
                for (int i = done; i < Math.min(count, done + 1_000); i++) {
                    batch.add(ChatStack.item("i" + i, "gtw", "https://gtw.example/" + i, "Story " + i, text + i,
                            Instant.now()));
                }
                items.store(batch);
            }
            System.out.printf("store: %,d items, %.0f MB%n", items.count(), Files.size(store) / 1e6);
            AtomicBoolean writing = new AtomicBoolean(true);
            // phase 0: 2 s of writes alone (the baseline), phase 1: during the backup, phase 2: after
            java.util.concurrent.atomic.AtomicInteger phase = new java.util.concurrent.atomic.AtomicInteger();
            AtomicLong[] slowest = {new AtomicLong(), new AtomicLong()};
            AtomicLong[] writes = {new AtomicLong(), new AtomicLong()};
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    int p = phase.get();
                    long s = System.nanoTime();
                    items.store(List.of(ChatStack.item("w" + i, "gtw", "https://gtw.example/w" + i, "Live " + i,
                            "Written during the backup.", Instant.now())));
                    if (p < 2 && phase.get() == p) {
                        slowest[p].accumulateAndGet(System.nanoTime() - s, Math::max);
                        writes[p].incrementAndGet();
                    }
                }
            }, "writer");
            writer.start();
            Thread.sleep(2_000);
            phase.set(1);
            SqliteBackup.Copy copy = SqliteBackup.backup(url, dir.resolve("copy.db"), true);
            phase.set(2);
            writing.set(false);
            writer.join();
            double secs = copy.took().toMillis() / 1000.0;
            System.out.printf("backup: %.2f s, %.0f MB, %,d items in the copy; writer alone (2 s): %,.0f writes/s, "
                            + "slowest %.1f ms; during the backup: %,.0f writes/s, slowest %.1f ms%n", secs,
                    copy.bytes() / 1e6, copy.rows().get("items"), writes[0].get() / 2.0, slowest[0].get() / 1e6,
                    writes[1].get() / secs, slowest[1].get() / 1e6);
        }
    }
}
