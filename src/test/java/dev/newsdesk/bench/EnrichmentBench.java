package dev.newsdesk.bench;

import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.app.Enricher;
import dev.newsdesk.config.ConfigLoader;
import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.config.TopicSpec;
import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.Lexicon;
import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import dev.newsdesk.core.analysis.topic.TopicClassifier;
import dev.newsdesk.core.analysis.watch.WatchMatcher;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.item.ItemNormalizer;
import dev.newsdesk.core.story.StoryCandidate;
import dev.newsdesk.core.story.StoryGrouper;
import dev.newsdesk.core.story.StorySettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Throughput of the whole enrichment (split, summarise, topics, watch terms, impact, stories) on a folder of feeds
 * (the ingest benchmark's corpus), in one process with one thread per core, after the feeds are parsed. Prints each
 * round's items/s; the later rounds are the steady state.
 *
 * <p>Usage: {@code bench/run-java.sh dev.newsdesk.bench.EnrichmentBench FOLDER [ROUNDS]}
 */
public final class EnrichmentBench {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        FeedParsers parser = new FeedParsers();
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                items.addAll(ItemNormalizer.normalize(f.getFileName().toString(),
                        parser.parse(Files.readAllBytes(f), null, null, null), null, Instant.now()));
            }
        }
        NewsdeskConfig config = ConfigLoader.load(null, Map.of()).config();
        Map<String, String> queries = new LinkedHashMap<>();
        for (TopicSpec t : config.topics().values()) {
            queries.put(t.id(), t.query());
        }
        ExtractiveSummarizer extractive = new ExtractiveSummarizer();
        Enricher enricher = new Enricher(extractive, extractive, TopicClassifier.parse(queries),
                WatchMatcher.of(config.watchlist()), new ImpactAnalyzer(Lexicon.builtIn()), Clock.systemUTC());
        System.out.printf(Locale.ROOT, "%d items from %s, %d threads%n", items.size(), folder, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int r = 1; r <= rounds; r++) {
            StoryGrouper grouper = new StoryGrouper(StorySettings.DEFAULTS, Clock.systemUTC());
            long start = System.nanoTime();
            List<Future<?>> parts = new ArrayList<>();
            int chunk = (items.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<Item> part = items.subList(Math.min(items.size(), t * chunk),
                        Math.min(items.size(), (t + 1) * chunk));
                parts.add(pool.submit(() -> part.forEach(it -> enricher.analyze(it, it.sourceId()))));
            }
            // stories are grouped by one writer, as in the product, beside the analysing threads
            for (Item it : items) {
                grouper.add(new StoryCandidate(it.id(), it.sourceId(), it.title(),
                        it.summary().length() > 600 ? it.summary().substring(0, 600) : it.summary(),
                        it.publishedAt()));
            }
            for (Future<?> f : parts) {
                f.get();
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.2f s, %.0f items/s%n", r, s, items.size() / s);
        }
        pool.shutdown();
    }
}
