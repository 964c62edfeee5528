package dev.newsdesk.app;

import dev.newsdesk.core.item.Hashes;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.item.ItemNormalizer;
import dev.newsdesk.core.item.ParsedFeed;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ingests feed files offline: each file becomes a (disabled) source of its own, named after the file, so that the
 * same file ingested twice is recognised item by item. Files are parsed in parallel and stored one at a time.
 */
public final class FileIngester {
    /** A file larger than this is not read: no feed is that large, and memory is not unlimited. */
    static final long MAX_FILE = 64L * 1024 * 1024;
    static final String ADDED_BY = "ingest";

    private final FeedParser parser;
    private final SourceStore sources;
    private final ItemStore items;
    private final Clock clock;
    private final int threads;
    private final ItemIntelligence intelligence;

    /**
     * @param intelligence analyses and groups the items (computed on the parse threads), or null to store only
     */
    public FileIngester(FeedParser parser, SourceStore sources, ItemStore items, Clock clock, int threads,
                        ItemIntelligence intelligence) {
        this.parser = parser;
        this.sources = sources;
        this.items = items;
        this.clock = clock;
        this.threads = Math.max(1, threads);
        this.intelligence = intelligence;
    }

    /** Totals of one run. {@code failures} lists "file: reason" for each file that could not be read. */
    public record Report(int files, int itemsRead, int added, int updated, int duplicates, List<String> failures,
                         Duration elapsed) {
        public double itemsPerSecond() {
            double s = Math.max(elapsed.toNanos(), 1) / 1e9;
            return itemsRead / s;
        }
    }

    /** The feed files under the given paths: files as given, folders walked for regular files. Sorted. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("ingest: cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("ingest: " + p + ": no such file or folder");
            }
        }
        return files;
    }

    /**
     * Ingests the files.
     *
     * @param progress called after each file with the number of files done (for a progress line)
     */
    public Report ingest(List<Path> files, Consumer<Integer> progress) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-parse");
            t.setDaemon(true);
            return t;
        });
        int read = 0;
        int done = 0;
        List<String> failures = new ArrayList<>();
        ItemStore.StoreResult total = ItemStore.StoreResult.EMPTY;
        try {
            CompletionService<Parsed> cs = new ExecutorCompletionService<>(pool);
            // a bounded number of parsed files in memory at once
            int window = threads * 4;
            int submitted = 0;
            while (submitted < files.size() && submitted < window) {
                Path f = files.get(submitted++);
                cs.submit(() -> parse(f));
            }
            while (done < files.size()) {
                Parsed p = take(cs);
                done++;
                if (submitted < files.size()) {
                    Path f = files.get(submitted++);
                    cs.submit(() -> parse(f));
                }
                if (p.failure != null) {
                    failures.add(p.failure);
                } else {
                    sources.save(p.source, clock.instant());
                    read += p.items.size();
                    ItemStore.StoreResult stored = items.store(p.items);
                    if (intelligence != null) {
                        intelligence.afterStore(p.items, stored, p.analyses, p.source.name());
                    }
                    total = total.plus(stored);
                }
                progress.accept(done);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(files.size(), read, total.added(), total.updated(), total.duplicates(), failures,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private record Parsed(Source source, List<Item> items, List<dev.newsdesk.core.analysis.Analysis> analyses,
                          String failure) {
        static Parsed failed(String failure) {
            return new Parsed(null, List.of(), null, failure);
        }
    }

    private static Parsed take(CompletionService<Parsed> cs) {
        try {
            return cs.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest: interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest: " + e.getCause(), e.getCause());
        }
    }

    private Parsed parse(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE) {
                return Parsed.failed(file + ": larger than " + MAX_FILE / (1024 * 1024) + " MB");
            }
            byte[] body;
            try (InputStream in = Files.newInputStream(file)) {
                body = in.readAllBytes();
            }
            Source source = sourceFor(file);
            // no base URL: relative links resolve against the feed's own link
            ParsedFeed feed = parser.parse(body, null, null, null);
            Instant now = clock.instant();
            List<Item> normalized = ItemNormalizer.normalize(source.id(), feed, null, now);
            // analysing is the costly part: it runs here, on the parse threads, not on the storing one, and only
            // for items not stored as they are (a model summariser would otherwise be paid again for a re-ingest)
            return new Parsed(source, normalized,
                    intelligence == null ? null : intelligence.analyze(notStoredYet(normalized), source.name()), null);
        } catch (FeedParseException e) {
            return Parsed.failed(file + ": " + e.getMessage());
        } catch (IOException e) {
            return Parsed.failed(file + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            return Parsed.failed(file + ": " + e);
        }
    }

    private List<Item> notStoredYet(List<Item> normalized) {
        java.util.Map<String, String> stored = items.storedHashes(normalized.stream().map(Item::id).toList());
        return normalized.stream().filter(it -> !it.contentHash().equals(stored.get(it.id()))).toList();
    }

    /** A stable source per file: the file name made into an id, plus a short hash of its absolute path. */
    static Source sourceFor(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("\\.[a-z0-9]{1,5}$", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        String id = "file-" + (slug.isEmpty() ? "" : slug + "-") + Hashes.short64(abs.toString()).substring(0, 8);
        return new Source(id, name, abs.toUri().toString(), SourceType.FEED, null, Duration.ofDays(1), ADDED_BY,
                false, true);
    }
}
