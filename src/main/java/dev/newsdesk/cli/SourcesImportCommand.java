package dev.newsdesk.cli;

import dev.newsdesk.adapter.feed.Opml;
import dev.newsdesk.app.SourceImport;
import dev.newsdesk.config.Durations;
import dev.newsdesk.core.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sources import FILE.opml}: adds the feeds of an OPML list as sources (trusted, kept across restarts). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the feeds of an OPML file as sources (folders become categories; feeds already there are "
                + "skipped). A running bot polls them from its next round.")
final class SourcesImportCommand implements Callable<Integer> {
    /** OPML files are a few hundred KB even for thousands of feeds. */
    static final long MAX_FILE = 10L * 1024 * 1024;

    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "FILE.opml", description = "the OPML file")
    Path file;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "10m",
            description = "how often the imported sources are polled (default ${DEFAULT-VALUE}, e.g. 30m, 1h)")
    String interval;

    @Override
    public Integer call() throws Exception {
        Duration every = Durations.parse(interval).filter(d -> !d.isZero() && !d.isNegative())
                .orElseThrow(() -> new UserError("--interval: bad duration '" + interval + "' (use e.g. 10m, 1h)"));
        List<SourceImport.Feed> feeds;
        try {
            feeds = Opml.read(readCapped(file));
        } catch (Opml.OpmlException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        try (Wiring wiring = Wiring.open(config.load().config())) {
            SourceImport.Result r = new SourceImport(wiring.sources, wiring.clock).add(feeds, every);
            for (Source s : r.added()) {
                System.out.println("added    " + s.id() + "  " + s.url()
                        + (s.category() == null ? "" : "  [" + s.category() + "]"));
            }
            for (String skipped : r.skipped()) {
                System.out.println("skipped  " + skipped);
            }
            System.out.println("imported " + r.added().size() + " of " + feeds.size() + " feeds from " + file
                    + " (" + r.skipped().size() + " skipped)");
            return 0;
        }
    }

    private static byte[] readCapped(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE + 1);
            if (bytes.length > MAX_FILE) {
                throw new UserError(file + ": larger than " + MAX_FILE / (1024 * 1024) + " MB; not an OPML list");
            }
            return bytes;
        }
    }
}
