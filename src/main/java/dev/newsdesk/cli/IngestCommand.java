package dev.newsdesk.cli;

import dev.newsdesk.app.FileIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ingest PATH...}: feed files or folders of them into the store, offline. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest feed files, or folders of them, into the store (offline). Prints counts and items/s.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "feed files or folders")
    List<Path> paths;

    @picocli.CommandLine.Option(names = "--no-enrich",
            description = "store items only: no summaries, topics, impact or stories (they are computed by default)")
    boolean noEnrich;

    @Override
    public Integer call() {
        List<Path> files = FileIngester.expand(paths);
        if (files.isEmpty()) {
            throw new UserError("no files under " + paths);
        }
        try (Wiring wiring = Wiring.open(config.load().config())) {
            boolean terminal = System.console() != null;
            FileIngester.Report r = wiring.fileIngester(!noEnrich).ingest(files, done -> {
                if (terminal && (done % 10 == 0 || done == files.size())) {
                    System.err.printf(Locale.ROOT, "\ringest: %d/%d files", done, files.size());
                    if (done == files.size()) {
                        System.err.println();
                    }
                }
            });
            for (String failure : r.failures()) {
                System.err.println("ingest: skipped " + failure);
            }
            System.out.printf(Locale.ROOT, "ingested %d files (%d failed): %d items read, %d new, %d updated, "
                            + "%d duplicate in %.2f s (%.0f items/s)%n", r.files(), r.failures().size(), r.itemsRead(),
                    r.added(), r.updated(), r.duplicates(), r.elapsed().toNanos() / 1e9, r.itemsPerSecond());
            return r.failures().size() == r.files() ? 1 : 0;
        }
    }
}
