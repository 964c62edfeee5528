package dev.newsdesk.cli;

import dev.newsdesk.adapter.console.PlainText;
import dev.newsdesk.app.chat.DigestService;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.DigestLayout;
import dev.newsdesk.core.chat.Window;
import dev.newsdesk.core.digest.Digest;
import dev.newsdesk.core.digest.MentionSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code digest}: the digest a chat would get, as plain text, from the store. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Print the digest of a window: stories ranked per topic (each once), market impact by sector, "
                + "watch-list hits and what to watch. Same builder as /digest in chat.")
final class DigestCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "TOPIC", arity = "0..*",
            description = "topic ids from the configuration, or watchlist (default: top stories)")
    List<String> topics = List.of();

    @Option(names = "--window", paramLabel = "WINDOW", defaultValue = "24h",
            description = "how far back: 30m, 24h, 7d, 2w (default: ${DEFAULT-VALUE})")
    String window;

    @Option(names = "--at", paramLabel = "TIME", description = "build it as of this ISO-8601 time (default: now)")
    String at;

    @Option(names = "--chat", paramLabel = "PLATFORM:ID", defaultValue = "console:cli",
            description = "whose watch-list and seen stories to use (default: ${DEFAULT-VALUE})")
    String chat;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "the time zone of times shown (default: ${DEFAULT-VALUE})")
    String zone;

    @Option(names = "--chart", paramLabel = "FILE", description = "also write the chart of mentions per day (PNG)")
    Path chart;

    @Override
    public Integer call() throws Exception {
        Duration w = Window.parse(window).orElseThrow(() -> new UserError("--window: '" + window
                + "' is not a window like 24h or 7d (at most " + Window.MAX.toDays() + " days)"));
        Instant now;
        try {
            now = at == null ? Instant.now() : Instant.parse(at);
        } catch (DateTimeException e) {
            throw new UserError("--at: '" + at + "' is not an ISO-8601 time like 2026-11-26T08:00:00Z");
        }
        ZoneId z;
        try {
            z = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UserError("--zone: unknown time zone '" + zone + "'");
        }
        String[] ref = chat.split(":", 2);
        if (ref.length != 2 || ref[0].isBlank() || ref[1].isBlank()) {
            throw new UserError("--chat: '" + chat + "' should be platform:id, e.g. telegram:-1001234567890");
        }
        try (Wiring wiring = Wiring.open(config.load().config())) {
            DigestService digests = wiring.chat(false).digests();
            List<String> ids = new ArrayList<>();
            for (String t : topics) {
                String id = t.toLowerCase(Locale.ROOT);
                if (!digests.topicIds().contains(id)) {
                    throw new UserError("unknown topic '" + t + "' (topics: " + String.join(", ", digests.topicIds())
                            + ")");
                }
                ids.add(id);
            }
            DigestService.Ask ask = new DigestService.Ask(new ChatRef(ref[0], ref[1]), z, ids, w, false);
            Digest d = digests.digest(ask, now);
            ChatMessage msg = DigestLayout.digest(d, z);
            System.out.println(String.join("\n", new PlainText().render(msg)));
            if (chart != null) {
                MentionSeries series = digests.mentions(ask, now);
                byte[] png = wiring.charts().png(series);
                Files.write(chart, png);
                System.err.println("chart: " + chart + " (" + png.length + " bytes)");
            }
            return 0;
        }
    }
}
