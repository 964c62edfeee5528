package dev.newsdesk.adapter.feed;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsdesk.app.FeedParseException;
import dev.newsdesk.core.item.ParsedFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared evaluation corpus (never copied into the repository) and a parse that must not hang or crash. */
final class Corpus {

    static final FeedParsers PARSER = new FeedParsers();

    private Corpus() {
    }

    /** A folder of the corpus; skips the calling test with a message when the corpus is absent. */
    static Path dir(String name) {
        String root = System.getProperty("newsdesk.corpus");
        Path p = root == null ? null : Path.of(root, name);
        Assumptions.assumeTrue(p != null && Files.isDirectory(p),
                "corpus folder " + name + " not found (system property newsdesk.corpus=" + root + ")");
        return p;
    }

    static List<Path> files(Path dir, Predicate<Path> filter) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one parse: the feed, or the clean failure. */
    record Outcome(ParsedFeed feed, FeedParseException error) {
    }

    /** Parses within 10 s; anything but a feed or a {@link FeedParseException} fails the test. */
    static Outcome parse(byte[] body, String contentType, String baseUrl) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                return new Outcome(PARSER.parse(body, contentType, baseUrl, null), null);
            } catch (FeedParseException e) {
                return new Outcome(null, e);
            }
        });
    }
}
