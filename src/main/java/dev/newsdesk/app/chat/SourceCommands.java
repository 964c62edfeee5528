package dev.newsdesk.app.chat;

import dev.newsdesk.app.SourceStore;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.Inline;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceIds;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.core.source.SourceType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** /sources with health, /source add (admins; untrusted, so the fetcher's SSRF guard applies) and /source remove. */
final class SourceCommands {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");
    private final SourceStore sources;
    private final ChatSettings settings;
    private final Access access;

    SourceCommands(SourceStore sources, ChatSettings settings, Access access) {
        this.sources = sources;
        this.settings = settings;
        this.access = access;
    }

    ChatMessage sources(Request r) {
        List<SourceStatus> all = sources.list();
        ZoneId zone = r.chat().zone();
        List<List<Inline>> lines = new ArrayList<>();
        int failing = 0;
        for (SourceStatus s : all) {
            FetchState st = s.state();
            String health;
            if (!s.source().enabled()) {
                health = "disabled";
            } else if (st.failing()) {
                failing++;
                health = "⚠ failing (" + st.failuresInRow() + "×): " + (st.lastError() == null ? "?" : st.lastError());
            } else if (st.lastSuccessAt() == null) {
                health = "not polled yet";
            } else {
                health = "ok";
            }
            String last = st.lastSuccessAt() == null ? "never" : WHEN.format(st.lastSuccessAt().atZone(zone));
            lines.add(List.of(Inline.bold(s.source().id()), Inline.text(" — " + s.source().name() + " · " + health
                    + " · last success " + last + " · " + s.items() + " items")));
        }
        ChatMessage.Builder b = ChatMessage.builder().heading(Inline.bold("Sources: " + all.size() + ", failing: "
                + failing));
        if (!lines.isEmpty()) {
            b.bullets(lines);
        }
        return b.paragraph(Inline.italic("/source add <url> [name] · /source remove <id>")).build();
    }

    ChatMessage source(Request r) throws CommandError {
        List<String> w = r.cmd().words();
        String usage = "Use /source add <url> [name] or /source remove <id>, e.g. /source add "
                + "https://example.com/feed.xml Example News";
        if (w.isEmpty()) {
            throw new CommandError(usage);
        }
        String op = w.get(0).toLowerCase(Locale.ROOT);
        if (op.equals("add") && w.size() >= 2) {
            access.requireOperator(r);
            URI uri = validUrl(w.get(1));
            String name = w.size() > 2 ? String.join(" ", w.subList(2, w.size())) : uri.getHost();
            String id = freeId(uri.getHost());
            Duration interval = settings.minSourceInterval();
            Source s = new Source(id, name, uri.toString(), SourceType.FEED, null, interval, r.in().author(), true,
                    false);
            sources.save(s, r.now());
            return ChatMessage.text("Added source " + id + " (" + name + "), polled every " + interval.toMinutes()
                    + " min. /sources shows its health after the first poll.");
        }
        if (op.equals("remove") && w.size() == 2) {
            access.requireOperator(r);
            String id = w.get(1);
            if (!sources.remove(id)) {
                throw new CommandError("There is no source '" + id + "' (see /sources).");
            }
            return ChatMessage.text("Removed source " + id + "; its items stay.");
        }
        throw new CommandError(usage);
    }

    /** An absolute http(s) URL with a host and no user info; the fetcher refuses private addresses later. */
    static URI validUrl(String s) throws CommandError {
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new CommandError("'" + s + "' is not a URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new CommandError("'" + s + "' is not an http(s) URL with a host, e.g. https://example.com/feed.xml");
        }
        if (uri.getRawUserInfo() != null) {
            throw new CommandError("A source URL may not contain a user name or password.");
        }
        if (s.length() > 2048) {
            throw new CommandError("That URL is longer than 2048 characters.");
        }
        return uri;
    }

    private String freeId(String host) {
        return SourceIds.free(host, id -> sources.find(id).isPresent());
    }

    ChatMessage status(Request r, NewsReader news) {
        List<SourceStatus> all = sources.list();
        long enabled = all.stream().filter(s -> s.source().enabled()).count();
        long failing = all.stream().filter(s -> s.source().enabled() && s.state().failing()).count();
        NewsReader.NewsStatus st = news.status();
        Duration up = Duration.between(settings.startedAt(), r.now());
        Instant last = st.lastPoll();
        return ChatMessage.builder().heading(Inline.bold("Status"))
                .bullets(List.of(
                        List.of(Inline.text("up " + up.toDays() + " d " + up.toHoursPart() + " h "
                                + up.toMinutesPart() + " min")),
                        List.of(Inline.text("sources: " + (enabled - failing) + " healthy, " + failing + " failing")),
                        List.of(Inline.text("items stored: " + st.items())),
                        List.of(Inline.text("last poll: " + (last == null ? "never"
                                : WHEN.format(last.atZone(r.chat().zone())) + " " + r.chat().zone().getId())))))
                .build();
    }
}
