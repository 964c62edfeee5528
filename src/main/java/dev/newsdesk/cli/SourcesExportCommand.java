package dev.newsdesk.cli;

import dev.newsdesk.adapter.feed.Opml;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sources export [FILE]}: the feed sources as OPML 2.0, to a file or stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the enabled feed sources as OPML 2.0 to FILE, or to stdout (HTML-page sources are left "
                + "out: OPML cannot carry their selectors).")
final class SourcesExportCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "where to write (default: stdout)")
    Path file;

    @Option(names = "--all", description = "also disabled sources")
    boolean all;

    @Override
    public Integer call() throws Exception {
        try (Wiring wiring = Wiring.open(config.load().config())) {
            List<Source> sources = wiring.sources.list().stream().map(SourceStatus::source)
                    .filter(s -> all || s.enabled()).toList();
            String title = "newsdesk sources";
            if (file == null) {
                Opml.write(sources, title, wiring.clock.instant(), System.out);
                System.out.flush();
                return 0;
            }
            // a whole file or none: written beside the target, then moved over it
            Path target = file.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".newsdesk-export-", ".opml");
            int written;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                written = Opml.write(sources, title, wiring.clock.instant(), out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.println("exported " + written + " sources to " + file);
            return 0;
        }
    }
}
