package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.Inline;
import dev.newsdesk.core.chat.QueryError;
import dev.newsdesk.core.chat.Schedule;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.chat.Subscription;
import dev.newsdesk.core.chat.WatchTerm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A chat's own settings: /watch, /subscribe, /unsubscribe, /subscriptions, /schedule, /schedules, /unschedule. */
final class SettingsCommands {
    private static final int MAX_TERM = 100;
    private static final int MAX_QUERY = 500;
    private static final int MAX_PER_CHAT = 50;

    private final ChatStore chats;
    private final ChatSettings settings;
    private final Matchers matchers;
    private final Access access;

    SettingsCommands(ChatStore chats, ChatSettings settings, Matchers matchers, Access access) {
        this.chats = chats;
        this.settings = settings;
        this.matchers = matchers;
        this.access = access;
    }

    ChatMessage watch(Request r) throws CommandError {
        List<String> words = r.cmd().words();
        String usage = "Use /watch, /watch add <term> or /watch remove <term>, e.g. /watch add \"export controls\"";
        if (words.isEmpty()) {
            List<List<Inline>> lines = new ArrayList<>();
            settings.watchlist().forEach(t -> lines.add(List.of(Inline.text(t), Inline.italic(" (default)"))));
            chats.watchTerms(r.in().chat()).forEach(t -> lines.add(List.of(Inline.text(t.term()))));
            ChatMessage.Builder b = ChatMessage.builder().heading(Inline.bold("Watch-list"));
            if (lines.isEmpty()) {
                b.paragraph(Inline.text("Empty."));
            } else {
                b.bullets(lines);
            }
            return b.paragraph(Inline.italic("/watch add <term> · /watch remove <term> · /digest watchlist")).build();
        }
        String op = words.get(0).toLowerCase(Locale.ROOT);
        String rest = r.cmd().args().substring(r.cmd().args().indexOf(words.get(0)) + words.get(0).length()).strip()
                .replace("\"", "").strip();
        if (!op.equals("add") && !op.equals("remove") || rest.isEmpty()) {
            throw new CommandError(usage);
        }
        if (rest.length() > MAX_TERM) {
            throw new CommandError("A watch term has at most " + MAX_TERM + " characters.");
        }
        access.requireChange(r);
        if (op.equals("add")) {
            if (settings.watchlist().stream().anyMatch(t -> t.equalsIgnoreCase(rest))) {
                return ChatMessage.text("\"" + rest + "\" is on the default watch-list already.");
            }
            if (chats.watchTerms(r.in().chat()).size() >= MAX_PER_CHAT) {
                throw new CommandError("This chat watches " + MAX_PER_CHAT + " terms already; remove one first.");
            }
            boolean added = chats.addWatch(new WatchTerm(r.in().chat(), rest, r.in().author(), r.now()));
            return ChatMessage.text(added ? "Watching \"" + rest + "\"." : "\"" + rest + "\" is on the list already.");
        }
        boolean removed = chats.removeWatch(r.in().chat(), rest);
        return ChatMessage.text(removed ? "No longer watching \"" + rest + "\"."
                : "\"" + rest + "\" is not on this chat's list (see /watch).");
    }

    ChatMessage subscribe(Request r) throws CommandError {
        String q = r.cmd().args().strip();
        if (q.isEmpty()) {
            throw new CommandError("/subscribe needs a query, e.g. /subscribe (BRICS OR SCO) AND summit");
        }
        if (q.length() > MAX_QUERY) {
            throw new CommandError("A query has at most " + MAX_QUERY + " characters.");
        }
        try {
            matchers.compile(q);
        } catch (QueryError e) {
            throw new CommandError(Matchers.explain(q, e));
        }
        access.requireChange(r);
        if (chats.subscriptions(r.in().chat()).size() >= MAX_PER_CHAT) {
            throw new CommandError("This chat has " + MAX_PER_CHAT + " subscriptions already; /unsubscribe one first.");
        }
        Subscription s = chats.addSubscription(r.in().chat(), q, r.in().author(), r.now());
        return ChatMessage.builder().paragraph(Inline.text("Subscribed (#" + s.id() + "): "), Inline.code(q))
                .paragraph(Inline.italic("Each new matching story is sent here once. /unsubscribe " + s.id()))
                .build();
    }

    ChatMessage unsubscribe(Request r) throws CommandError {
        long id = number(r, "/unsubscribe takes a subscription number, e.g. /unsubscribe 2 (see /subscriptions)");
        access.requireChange(r);
        return ChatMessage.text(chats.removeSubscription(r.in().chat(), id) ? "Unsubscribed #" + id + "."
                : "There is no subscription #" + id + " here (see /subscriptions).");
    }

    ChatMessage subscriptions(Request r) {
        List<Subscription> subs = chats.subscriptions(r.in().chat());
        ChatMessage.Builder b = ChatMessage.builder().heading(Inline.bold("Subscriptions"));
        if (subs.isEmpty()) {
            return b.paragraph(Inline.text("None. Example: /subscribe Nvidia AND export*")).build();
        }
        List<List<Inline>> lines = new ArrayList<>();
        for (Subscription s : subs) {
            lines.add(List.of(Inline.bold("#" + s.id() + " "), Inline.code(s.query())));
        }
        return b.bullets(lines).paragraph(Inline.italic("/unsubscribe <id>")).build();
    }

    ChatMessage schedule(Request r) throws CommandError {
        Set<String> known = new HashSet<>();
        settings.topics().forEach(t -> known.add(t.id()));
        known.add("watchlist");
        ScheduleSpec spec;
        try {
            spec = ScheduleSpec.parse(r.cmd().words(), r.chat().zone(), known);
        } catch (IllegalArgumentException e) {
            throw new CommandError("Cannot schedule that: " + e.getMessage() + ".\nUse /schedule daily HH:MM [zone] "
                    + "[topic...] [quiet] [chart] or /schedule weekly DAY HH:MM [zone] [topic...], e.g. /schedule "
                    + "daily 08:00 Europe/Berlin");
        }
        access.requireChange(r);
        if (chats.schedules(r.in().chat()).size() >= 10) {
            throw new CommandError("This chat has 10 schedules already; /unschedule one first.");
        }
        Schedule s = chats.addSchedule(r.in().chat(), spec, r.in().author(), r.now());
        return ChatMessage.text("Scheduled (#" + s.id() + "): " + describe(spec) + ".");
    }

    ChatMessage schedules(Request r) {
        List<Schedule> all = chats.schedules(r.in().chat());
        ChatMessage.Builder b = ChatMessage.builder().heading(Inline.bold("Scheduled digests"));
        if (all.isEmpty()) {
            return b.paragraph(Inline.text("None. Example: /schedule daily 08:00 Europe/Berlin")).build();
        }
        List<List<Inline>> lines = new ArrayList<>();
        all.forEach(s -> lines.add(List.of(Inline.bold("#" + s.id() + " "), Inline.text(describe(s.spec())))));
        return b.bullets(lines).paragraph(Inline.italic("/unschedule <id>")).build();
    }

    ChatMessage unschedule(Request r) throws CommandError {
        long id = number(r, "/unschedule takes a schedule number, e.g. /unschedule 1 (see /schedules)");
        access.requireChange(r);
        return ChatMessage.text(chats.removeSchedule(r.in().chat(), id) ? "Removed schedule #" + id + "."
                : "There is no schedule #" + id + " here (see /schedules).");
    }

    private static String describe(ScheduleSpec s) {
        return s.spec() + " " + s.zone().getId() + (s.topics().isEmpty() ? " · top stories"
                : " · " + String.join(", ", s.topics())) + (s.options().isEmpty() ? ""
                : " · " + String.join(", ", new java.util.TreeSet<>(s.options())));
    }

    private static long number(Request r, String usage) throws CommandError {
        List<String> w = r.cmd().words();
        if (w.size() != 1 || !w.get(0).matches("#?\\d{1,9}")) {
            throw new CommandError(usage);
        }
        return Long.parseLong(w.get(0).replace("#", ""));
    }
}
