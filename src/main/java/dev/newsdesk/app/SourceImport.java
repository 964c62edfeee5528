package dev.newsdesk.app;

import dev.newsdesk.core.item.UrlCanonicalizer;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceIds;
import dev.newsdesk.core.source.SourceStatus;
import dev.newsdesk.core.source.SourceType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds feeds from an operator's list (an OPML file) as sources. The operator runs the import, so its sources are
 * trusted like the config's; they are recorded as added by {@value Source#ADDED_BY_OPML}, so that a restart (which
 * makes config sources agree with the config file) keeps them. A feed whose URL is already a source, or already
 * earlier in the list, is skipped, as is one without a usable http(s) URL.
 */
public final class SourceImport {
    private static final int MAX_URL = 2048;
    private static final int MAX_NAME = 200;

    private final SourceStore sources;
    private final Clock clock;

    public SourceImport(SourceStore sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * One feed of the list.
     *
     * @param title    what people call it, or null
     * @param feedUrl  the feed's URL (OPML {@code xmlUrl})
     * @param siteUrl  the site's URL (OPML {@code htmlUrl}), or null; names a feed that has no title
     * @param category the folder it was in, or null
     */
    public record Feed(String title, String feedUrl, String siteUrl, String category) {
    }

    /** What happened: the sources added, and one line per feed skipped with the reason. */
    public record Result(List<Source> added, List<String> skipped) {
        public Result {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    /** Adds every new feed of {@code feeds}, polled every {@code interval}, in one go. */
    public Result add(List<Feed> feeds, Duration interval) {
        Set<String> knownUrls = new HashSet<>();
        Set<String> takenIds = new HashSet<>();
        for (SourceStatus s : sources.list()) {
            knownUrls.add(key(s.source().url()));
            takenIds.add(s.source().id());
        }
        List<Source> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Feed f : feeds) {
            String url = f.feedUrl() == null ? "" : f.feedUrl().strip();
            String problem = urlProblem(url);
            if (problem != null) {
                skipped.add(describe(f) + ": " + problem);
                continue;
            }
            if (!knownUrls.add(key(url))) {
                skipped.add(describe(f) + ": already a source");
                continue;
            }
            String name = name(f, url);
            String id = SourceIds.free(name, takenIds::contains);
            takenIds.add(id);
            added.add(new Source(id, name, url, SourceType.FEED, null, interval, Source.ADDED_BY_OPML, true, true,
                    f.category()));
        }
        for (Source s : added) {
            sources.save(s, clock.instant());
        }
        return new Result(added, skipped);
    }

    /** Two URLs that name the same feed (case of the host, tracking parameters, a trailing '#') match. */
    private static String key(String url) {
        String c = UrlCanonicalizer.canonicalize(url, null);
        return c == null ? url : c;
    }

    private static String name(Feed f, String url) {
        String name = f.title() == null ? "" : f.title().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            name = host(f.siteUrl() != null && urlProblem(f.siteUrl().strip()) == null ? f.siteUrl().strip() : url);
        }
        return name.substring(0, Math.min(name.length(), MAX_NAME));
    }

    /** Null for an absolute http(s) URL with a host and no user info, else why it is not one. */
    static String urlProblem(String url) {
        if (url.isEmpty()) {
            return "no feed URL (xmlUrl)";
        }
        if (url.length() > MAX_URL) {
            return "URL longer than " + MAX_URL + " characters";
        }
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return "not an http(s) URL with a host";
            }
            if (u.getRawUserInfo() != null) {
                return "URL with a user name or password";
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a URL (" + e.getReason() + ")";
        }
    }

    private static String host(String url) {
        try {
            String h = new URI(url).getHost();
            return h == null ? url : h;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String describe(Feed f) {
        String what = f.feedUrl() != null && !f.feedUrl().isBlank() ? f.feedUrl().strip()
                : f.title() != null ? "'" + f.title().strip() + "'" : "an outline";
        return what.length() > 200 ? what.substring(0, 200) + "…" : what;
    }
}
