package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.Inline;

import java.util.ArrayList;
import java.util.List;

/** /help and /start: what the bot does and every command with an example. */
final class HelpText {
    /** Every command, its example and what it does; also the platform's command menu. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"help", "/help", "what the bot does and every command"},
            new String[] {"digest", "/digest ai-alliances 7d", "the digest: stories ranked, per topic; default 24h; add chart for a picture"},
            new String[] {"latest", "/latest 10", "the newest stories"},
            new String[] {"search", "/search Nvidia AND export*", "stories matching a query, newest first"},
            new String[] {"summary", "/summary 2", "one story: summary (a number from the last list, or a URL)"},
            new String[] {"topics", "/topics", "the topics and their queries"},
            new String[] {"watch", "/watch add BRICS", "this chat's watch-list (/watch, add, remove)"},
            new String[] {"subscribe", "/subscribe \"AI alliance\" OR coalition", "alert on each new matching story"},
            new String[] {"unsubscribe", "/unsubscribe 1", "stop an alert"},
            new String[] {"subscriptions", "/subscriptions", "this chat's alerts"},
            new String[] {"schedule", "/schedule daily 08:00 Europe/Berlin ai-alliances", "a scheduled digest "
                    + "(daily HH:MM or weekly DAY HH:MM; options quiet, chart)"},
            new String[] {"schedules", "/schedules", "this chat's scheduled digests"},
            new String[] {"unschedule", "/unschedule 1", "remove a scheduled digest"},
            new String[] {"sources", "/sources", "sources and their health"},
            new String[] {"source", "/source add https://example.com/feed.xml Example", "add or remove a source "
                    + "(admins)"},
            new String[] {"status", "/status", "uptime, sources healthy/failing, items stored, last poll"});

    private HelpText() {
    }

    static ChatMessage help() {
        List<List<Inline>> lines = new ArrayList<>();
        for (String[] c : COMMANDS) {
            lines.add(List.of(Inline.code(c[1]), Inline.text(" — " + c[2])));
        }
        return ChatMessage.builder()
                .heading(Inline.bold("newsdesk"))
                .paragraph(Inline.text("I read news sources, summarise and group the stories, and send digests and "
                        + "alerts here. Anyone can read; in groups, settings are changed by chat administrators."))
                .bullets(lines)
                .paragraph(Inline.italic("Queries: words, \"phrases\", AND, OR, NOT, (…), prefix*, title:, source:"))
                .build();
    }
}
