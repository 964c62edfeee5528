package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sources}: every source with its health. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List sources with their health: last success, last error, failures in a row, next poll.",
        subcommands = {SourcesImportCommand.class, SourcesExportCommand.class})
final class SourcesCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean asJson;

    @Override
    public Integer call() throws Exception {
        try (Wiring wiring = Wiring.open(config.load().config())) {
            List<SourceStatus> all = wiring.sources.list();
            Instant now = wiring.clock.instant();
            if (asJson) {
                System.out.println(json(all));
            } else {
                for (SourceStatus s : all) {
                    System.out.println(line(s, now));
                }
                long failing = all.stream().filter(s -> s.source().enabled() && s.state().failing()).count();
                System.out.println(all.size() + " sources, " + failing + " failing");
            }
            return 0;
        }
    }

    static String line(SourceStatus s, Instant now) {
        FetchState st = s.state();
        String health = !s.source().enabled() ? "disabled" : st.failing() ? "FAILING" : st.lastSuccessAt() == null
                ? "new" : "ok";
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-8s %-24s %6d items  last ok %-10s", health, s.source().id(), s.items(),
                ago(st.lastSuccessAt(), now)));
        if (s.source().enabled()) {
            b.append("  next ").append(st.nextPollAt() == null ? "now" : in(st.nextPollAt(), now));
        }
        if (st.failing()) {
            b.append("  failures ").append(st.failuresInRow()).append(": ").append(st.lastErrorKind().label())
                    .append(" - ").append(st.lastError());
        }
        b.append("  ").append(s.source().url());
        return b.toString();
    }

    private static String json(List<SourceStatus> all) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode arr = json.createArrayNode();
        for (SourceStatus s : all) {
            ObjectNode o = arr.addObject();
            o.put("id", s.source().id());
            o.put("name", s.source().name());
            o.put("url", s.source().url());
            o.put("type", s.source().type().key());
            o.put("category", s.source().category());
            o.put("enabled", s.source().enabled());
            o.put("items", s.items());
            FetchState st = s.state();
            o.put("lastSuccess", str(st.lastSuccessAt()));
            o.put("lastAttempt", str(st.lastAttemptAt()));
            o.put("nextPoll", str(st.nextPollAt()));
            o.put("failuresInRow", st.failuresInRow());
            o.put("lastErrorKind", st.lastErrorKind() == null ? null : st.lastErrorKind().key());
            o.put("lastError", st.lastError());
            o.put("lastErrorAt", str(st.lastErrorAt()));
        }
        return json.writeValueAsString(arr);
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }

    static String ago(Instant t, Instant now) {
        return t == null ? "never" : human(Duration.between(t, now)) + " ago";
    }

    static String in(Instant t, Instant now) {
        Duration d = Duration.between(now, t);
        return d.isNegative() || d.isZero() ? "now" : "in " + human(d);
    }

    static String human(Duration d) {
        long s = Math.abs(d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m";
        }
        if (s < 86400) {
            return s / 3600 + "h" + (s % 3600 / 60 == 0 ? "" : s % 3600 / 60 + "m");
        }
        return s / 86400 + "d" + (s % 86400 / 3600 == 0 ? "" : s % 86400 / 3600 + "h");
    }
}
