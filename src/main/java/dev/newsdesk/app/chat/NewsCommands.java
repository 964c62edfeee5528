package dev.newsdesk.app.chat;

import dev.newsdesk.core.digest.Digest;
import dev.newsdesk.core.digest.MentionSeries;

import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.DigestLayout;
import dev.newsdesk.core.chat.Inline;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;
import dev.newsdesk.core.chat.Stories;
import dev.newsdesk.core.chat.StoryView;
import dev.newsdesk.core.chat.Window;
import dev.newsdesk.core.item.UrlCanonicalizer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The reading commands: /digest, /latest, /search, /summary, /topics. */
final class NewsCommands {
    static final Duration DIGEST_WINDOW = Duration.ofHours(24);
    static final Duration SEARCH_WINDOW = Duration.ofDays(30);
    /** Items read at most to answer one command: keeps answers fast on a large store. */
    static final int SCAN = 3_000;
    private static final int PER_SECTION = 8;
    private static final int MAX_LATEST = 30;

    /** Recent items are read again at most this often: digests and searches from many chats share one read. */
    static final Duration RECENT_TTL = Duration.ofSeconds(15);

    private final RecentNews recent;
    private final NewsReader news;
    private final ChatStore chats;
    private final ChatSettings settings;
    private final Matchers matchers;
    private final DigestService digests;
    private final ChartRenderer charts;
    private final ArticlePages pages;
    private static final String CHART = "chart";

    NewsCommands(NewsReader news, ChatStore chats, ChatSettings settings, Matchers matchers, DigestService digests,
                 ChartRenderer charts, ArticlePages pages) {
        this.pages = pages;
        this.digests = digests;
        this.charts = charts;
        this.news = news;
        this.chats = chats;
        this.settings = settings;
        this.matchers = matchers;
        this.recent = new RecentNews(news, SCAN, RECENT_TTL);
    }

    ChatMessage digest(Request r) throws CommandError {
        DigestService.Ask ask = digestAsk(r);
        Digest d = digests.digest(ask, r.now());
        chats.rememberList(r.in().chat(), d.numbered().stream().map(StoryView::id).toList());
        ChatMessage msg = DigestLayout.digest(d, r.chat().zone());
        if (r.cmd().words().stream().anyMatch(w -> w.equalsIgnoreCase(CHART))) {
            MentionSeries series = digests.mentions(ask, r.now());
            byte[] png = ChartRenderer.orNone(charts, series);
            if (png != null) {
                msg = msg.withPicture(new ChatMessage.Picture(png, series.title()));
            }
        }
        return msg;
    }

    /** Reads {@code /digest [topic...] [window] [chart]}. */
    private DigestService.Ask digestAsk(Request r) throws CommandError {
        Duration window = DIGEST_WINDOW;
        Set<String> topics = new LinkedHashSet<>();
        List<String> known = digests.topicIds();
        for (String w : r.cmd().words()) {
            Optional<Duration> d = Window.parse(w);
            String id = w.toLowerCase(Locale.ROOT);
            if (d.isPresent()) {
                window = d.get();
            } else if (known.contains(id)) {
                topics.add(id);
            } else if (!id.equals(CHART)) {
                throw new CommandError("Unknown topic or window '" + w + "'. Topics: " + String.join(", ", known)
                        + ". Windows: 24h, 7d. Add 'chart' for a picture.\nExample: /digest " + known.get(0)
                        + " 7d");
            }
        }
        return new DigestService.Ask(r.in().chat(), r.chat().zone(), List.copyOf(topics), window, false);
    }

    ChatMessage latest(Request r) throws CommandError {
        int n = 5;
        List<String> words = r.cmd().words();
        if (!words.isEmpty()) {
            try {
                n = Integer.parseInt(words.get(0));
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LATEST || words.size() > 1) {
                throw new CommandError("/latest takes a number from 1 to " + MAX_LATEST + ", e.g. /latest 10");
            }
        }
        List<StoryView> stories = Stories.group(news.since(r.now().minus(Window.MAX), Math.max(n * 4, 40)));
        stories = stories.subList(0, Math.min(n, stories.size()));
        chats.rememberList(r.in().chat(), stories.stream().map(StoryView::id).toList());
        return DigestLayout.list("Latest " + stories.size() + (stories.size() == 1 ? " story" : " stories"),
                stories, r.chat().zone());
    }

    ChatMessage search(Request r) throws CommandError {
        String q = r.cmd().args();
        if (q.isBlank()) {
            throw new CommandError("/search needs a query, e.g. /search Nvidia AND export*");
        }
        Predicate<NewsItem> p;
        try {
            p = matchers.compile(q);
        } catch (QueryError e) {
            throw new CommandError(Matchers.explain(q, e));
        }
        RecentNews.Snapshot snap = recent.get(r.now(), SEARCH_WINDOW);
        List<StoryView> stories = snap.storiesMatching("query:" + q, p);
        stories = stories.subList(0, Math.min(10, stories.size()));
        chats.rememberList(r.in().chat(), stories.stream().map(StoryView::id).toList());
        return DigestLayout.list("Search: " + q + " — " + stories.size() + (stories.size() == 1 ? " story"
                : " stories"), stories, r.chat().zone());
    }

    ChatMessage summary(Request r) throws CommandError {
        String arg = r.cmd().args().strip();
        String usage = "/summary takes a story number from the last list or an article URL, e.g. /summary 2";
        if (arg.isEmpty() || arg.contains(" ")) {
            throw new CommandError(usage);
        }
        Optional<NewsItem> item;
        if (arg.matches("\\d{1,3}")) {
            List<String> last = chats.lastList(r.in().chat());
            int n = Integer.parseInt(arg);
            if (n < 1 || n > last.size()) {
                throw new CommandError(last.isEmpty() ? "There is no numbered list yet: try /digest or /latest first."
                        : "Story " + n + " is not in the last list (1 to " + last.size() + ").");
            }
            item = news.byIds(List.of(last.get(n - 1))).stream().findFirst();
        } else if (arg.startsWith("http://") || arg.startsWith("https://")) {
            String canonical = UrlCanonicalizer.canonicalize(arg, null);
            item = news.byUrl(canonical == null ? arg : canonical);
            if (item.isEmpty()) {
                item = news.byUrl(arg);
            }
            if (item.isEmpty()) {
                item = Optional.of(pages.read(arg)); // not stored: read it now, through the SSRF guard
            }
        } else {
            throw new CommandError(usage);
        }
        NewsItem it = item.orElseThrow(() -> new CommandError("No stored article for " + arg + "."));
        StoryView v = Stories.view(it);
        ChatMessage.Builder b = ChatMessage.builder()
                .heading(it.url() == null ? Inline.bold(it.title()) : Inline.link(it.title(), it.url()))
                .paragraph(Inline.italic(DigestLayout.byline(v, r.chat().zone(), Duration.ofDays(7))));
        if (it.takeaways().isEmpty()) {
            // not analysed (stored without enrichment): the article's own words
            String body = it.text().isEmpty() ? it.summary() : it.text();
            b.paragraph(Inline.text(Stories.shorten(body, 900)));
        } else {
            b.paragraph(Inline.text(it.summary()));
            b.heading(Inline.bold("Key takeaways"));
            b.bullets(it.takeaways().stream().map(t -> List.of(Inline.text(t))).toList());
        }
        v.impact().ifPresent(i -> b.paragraph(Inline.bold("Impact: "), Inline.text(i)));
        // a short article's forward-looking sentences are often its takeaways too: say each once
        List<String> ahead = it.watch().stream().filter(w -> !it.takeaways().contains(w)).toList();
        if (!ahead.isEmpty()) {
            b.heading(Inline.bold("What to watch"));
            b.bullets(ahead.stream().map(w -> List.of(Inline.text(w))).toList());
        }
        return b.previews(true).build();
    }

    ChatMessage topics(Request r) {
        List<List<Inline>> lines = new ArrayList<>();
        for (ChatSettings.Topic t : settings.topics()) {
            lines.add(List.of(Inline.bold(t.id()), Inline.text(" — " + t.name() + ": "), Inline.code(t.query())));
        }
        lines.add(List.of(Inline.bold("watchlist"), Inline.text(" — stories that hit this chat's watch-list")));
        return ChatMessage.builder().heading(Inline.bold("Topics")).bullets(lines)
                .paragraph(Inline.italic("/digest " + firstTopic() + " 7d")).build();
    }

    List<String> watchTerms(Request r) {
        Set<String> terms = new LinkedHashSet<>(settings.watchlist());
        chats.watchTerms(r.in().chat()).forEach(t -> terms.add(t.term()));
        return List.copyOf(terms);
    }

    private Predicate<NewsItem> anyTerm(List<String> terms) {
        List<Predicate<NewsItem>> ps = terms.stream().map(matchers::term).toList();
        return it -> ps.stream().anyMatch(p -> p.test(it));
    }

    private Predicate<NewsItem> topicMatcher(ChatSettings.Topic t) {
        try {
            return matchers.compile(t.query());
        } catch (QueryError e) {
            // config validation should have caught it; a bad topic matches nothing rather than breaking digests
            return it -> false;
        }
    }

    /** Most outlets first, then newest. */
    private static List<StoryView> ranked(List<StoryView> stories) {
        List<StoryView> out = new ArrayList<>(stories);
        out.sort(Comparator.comparingInt(StoryView::outlets).reversed()
                .thenComparing(StoryView::published, Comparator.reverseOrder()));
        return out;
    }

    private String topicIds() {
        List<String> ids = new ArrayList<>(settings.topics().stream().map(ChatSettings.Topic::id).toList());
        ids.add("watchlist");
        return String.join(", ", ids);
    }

    private String firstTopic() {
        return settings.topics().isEmpty() ? "watchlist" : settings.topics().get(0).id();
    }
}
