package dev.newsdesk.config;

import dev.newsdesk.core.chat.DueTimes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.core.source.Selectors;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a merged YAML tree into {@link NewsdeskConfig}, checking every key and value and naming the bad one. */
final class ConfigBinder {
    /** Source ids appear in commands and logs: short, lower case, no spaces. */
    static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern TOPIC_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    /** What Telegram accepts as a webhook secret_token. */
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private ConfigBinder() {
    }

    static NewsdeskConfig bind(JsonNode tree) {
        ConfigNode root = new ConfigNode("", tree);
        StorageSettings storage = storage(root.section("storage"));
        HttpSettings http = http(root.section("http"));
        FetchSettings fetch = fetch(root.section("fetch"));
        List<Source> sources = sources(root);
        Map<String, TopicSpec> topics = topics(root.section("topics"));
        List<String> watchlist = root.strings("watchlist");
        List<DigestSpec> digests = digests(root, topics);
        TelegramSettings telegram = telegram(root.section("telegram"));
        SlackSettings slack = slack(root.section("slack"));
        SummarizerSettings summarizer = summarizer(root.section("summarizer"));
        LoggingSettings logging = logging(root.section("logging"));
        AlertSettings alerts = alerts(root.section("alerts"), root.section("schedule"));
        InstanceSettings instance = instance(root.section("instance"));
        root.finish();
        if (telegram.webhook() && http.port() == 0) {
            throw new ConfigException("telegram.mode: webhook needs the HTTP server (http.port is 0); Telegram posts "
                    + "updates to it");
        }
        return new NewsdeskConfig(storage, http, fetch, sources, topics, watchlist, digests, telegram, slack,
                summarizer, alerts, logging, instance);
    }

    private static AlertSettings alerts(ConfigNode alerts, ConfigNode schedule) {
        AlertSettings s = new AlertSettings(alerts.integer("max-per-hour", 10, 1, 1000),
                alerts.duration("edit-within", Duration.ofHours(48)), schedule.duration("grace", Duration.ofHours(2)));
        alerts.finish();
        schedule.finish();
        return s;
    }

    private static InstanceSettings instance(ConfigNode n) {
        Duration lease = n.duration("lease", Duration.ofSeconds(30));
        // renewed every third of it: shorter than a second is all renewals; past ten minutes a dead instance's
        // sources and messages wait too long
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new ConfigException(n.child("lease") + ": " + lease.toMillis() / 1000.0
                    + " s is out of range (1s to 10m)");
        }
        n.finish();
        return new InstanceSettings(lease);
    }

    private static StorageSettings storage(ConfigNode n) {
        String url = n.requiredString("url");
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(n.child("url") + ": '" + url
                    + "' is not supported (use jdbc:sqlite:FILE or jdbc:postgresql://host/db)");
        }
        StorageSettings s = new StorageSettings(url, n.string("user", ""), n.string("password", ""),
                n.integer("pool-size", 4, 1, 64));
        n.finish();
        return s;
    }

    private static HttpSettings http(ConfigNode n) {
        HttpSettings s = new HttpSettings(n.integer("port", 8080, 0, 65535));
        n.finish();
        return s;
    }

    private static FetchSettings fetch(ConfigNode n) {
        FetchSettings d = FetchSettings.defaults();
        FetchSettings s = new FetchSettings(
                n.bool("allow-private-networks", d.allowPrivateNetworks()),
                positive(n, "timeout", n.duration("timeout", d.timeout())),
                positive(n, "connect-timeout", n.duration("connect-timeout", d.connectTimeout())),
                positive(n, "read-timeout", n.duration("read-timeout", d.readTimeout())),
                n.size("max-body", d.maxBody()),
                n.integer("max-redirects", d.maxRedirects(), 0, 20),
                n.integer("concurrency", d.concurrency(), 1, 1024),
                n.integer("per-host-concurrency", d.perHostConcurrency(), 1, 64),
                n.string("user-agent", d.userAgent()),
                positive(n, "min-interval", n.duration("min-interval", d.minInterval())),
                positive(n, "max-backoff", n.duration("max-backoff", d.maxBackoff())),
                n.integer("article-pages-per-poll", d.articlePagesPerPoll(), 0, 100));
        if (s.maxBody() < 1024) {
            throw new ConfigException(n.child("max-body") + ": " + s.maxBody() + " bytes is too small (at least 1KB)");
        }
        n.finish();
        return s;
    }

    private static Duration positive(ConfigNode n, String key, Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new ConfigException(n.child(key) + ": must be longer than zero");
        }
        return d;
    }

    private static List<Source> sources(ConfigNode root) {
        List<Source> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode n : root.list("sources")) {
            String id = n.requiredString("id").strip();
            if (!SOURCE_ID.matcher(id).matches()) {
                throw new ConfigException(n.child("id") + ": '" + id
                        + "' is not a valid source id (lower-case letters, digits, '-' and '_', at most 64)");
            }
            if (!ids.add(id)) {
                throw new ConfigException(n.child("id") + ": duplicate source id '" + id + "'");
            }
            String url = n.requiredString("url").strip();
            ConfigNode.checkHttpUrl(n.child("url"), url);
            SourceType type;
            try {
                type = SourceType.fromKey(n.string("type", "feed"));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(n.child("type") + ": " + e.getMessage());
            }
            Selectors selectors = null;
            if (n.has("select")) {
                ConfigNode sel = n.section("select");
                String item = sel.string("item", null);
                if (item == null || item.isBlank()) {
                    throw new ConfigException(sel.child("item") + ": is required for an html source");
                }
                selectors = new Selectors(item, sel.string("title", null), sel.string("link", null),
                        sel.string("date", null), sel.string("summary", null));
                sel.finish();
            } else {
                n.section("select");
            }
            if (type == SourceType.HTML && selectors == null) {
                throw new ConfigException(n.child("select") + ": a source of type html needs selectors "
                        + "(at least select.item)");
            }
            Duration interval = positive(n, "interval", n.duration("interval", Duration.ofMinutes(10)));
            boolean enabled = n.bool("enabled", true);
            out.add(new Source(id, n.string("name", id), url, type, selectors, interval, Source.ADDED_BY_CONFIG,
                    enabled, true));
            n.finish();
        }
        return out;
    }

    private static Map<String, TopicSpec> topics(ConfigNode n) {
        Map<String, TopicSpec> out = new LinkedHashMap<>();
        for (String id : n.userKeys()) {
            if (!TOPIC_ID.matcher(id).matches()) {
                throw new ConfigException(n.child(id) + ": '" + id + "' is not a valid topic id "
                        + "(lower-case letters, digits, '-' and '_')");
            }
            if (id.equals("watchlist")) {
                throw new ConfigException(n.child(id) + ": 'watchlist' is reserved for watch-list hits");
            }
            ConfigNode t = n.section(id);
            String query = t.requiredString("query");
            try {
                dev.newsdesk.core.analysis.query.Query.parse(query);
            } catch (dev.newsdesk.core.analysis.query.QueryException e) {
                throw new ConfigException(t.child("query") + ": " + e.getMessage());
            }
            out.put(id, new TopicSpec(id, t.string("name", id), query));
            t.finish();
        }
        return out;
    }

    private static List<DigestSpec> digests(ConfigNode root, Map<String, TopicSpec> topics) {
        List<DigestSpec> out = new ArrayList<>();
        for (ConfigNode n : root.list("digests")) {
            String chat = n.requiredString("chat").strip();
            if (!chat.matches("(telegram|slack):\\S+")) {
                throw new ConfigException(n.child("chat") + ": '" + chat
                        + "' should be telegram:<chat id> or slack:<channel id>");
            }
            String at = n.requiredString("at").strip();
            List<String> wanted = n.strings("topics");
            for (int i = 0; i < wanted.size(); i++) {
                String t = wanted.get(i);
                if (!t.equals("watchlist") && !topics.containsKey(t)) {
                    throw new ConfigException(n.child("topics") + "[" + i + "]: unknown topic '" + t + "' (known: "
                            + String.join(", ", topics.keySet()) + ", watchlist)");
                }
            }
            DueTimes due;
            try {
                due = DigestSpec.due(at, n.string("zone", ""));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(n.child("at") + ": " + e.getMessage());
            }
            out.add(new DigestSpec(chat, at, wanted, due, n.bool("quiet", false), n.bool("chart", false)));
            n.finish();
        }
        return out;
    }

    private static TelegramSettings telegram(ConfigNode n) {
        String mode = n.string("mode", "long-polling");
        if (!mode.equals("long-polling") && !mode.equals("webhook")) {
            throw new ConfigException(n.child("mode") + ": '" + mode + "' (expected long-polling or webhook)");
        }
        TelegramSettings s = new TelegramSettings(n.string("token", ""),
                n.httpUrl("api-url", "https://api.telegram.org"), mode, n.httpUrl("webhook-url", ""),
                n.string("webhook-secret", ""), n.strings("admins"));
        if (s.webhook()) {
            if (!s.webhookUrl().startsWith("https://")) {
                throw new ConfigException(n.child("webhook-url") + ": webhook mode needs the public https URL that "
                        + "Telegram posts to, ending in /telegram/webhook (Telegram only posts to https)");
            }
            if (!WEBHOOK_SECRET.matcher(s.webhookSecret()).matches()) {
                // the value itself is a secret: never quoted
                throw new ConfigException(n.child("webhook-secret") + ": webhook mode needs a secret of 1-256 "
                        + "characters A-Z, a-z, 0-9, _ and - (e.g. from: openssl rand -hex 32)");
            }
        }
        n.finish();
        return s;
    }

    private static SlackSettings slack(ConfigNode n) {
        String mode = n.string("mode", "socket");
        if (!mode.equals("socket") && !mode.equals("http")) {
            throw new ConfigException(n.child("mode") + ": '" + mode + "' (expected socket or http)");
        }
        SlackSettings s = new SlackSettings(n.string("bot-token", ""), n.string("app-token", ""),
                n.string("signing-secret", ""), mode, n.httpUrl("api-url", "https://slack.com/api/"),
                n.strings("admins"));
        n.finish();
        if (!s.apiUrl().endsWith("/")) {
            throw new ConfigException(n.child("api-url") + ": '" + s.apiUrl()
                    + "' should end in /api/ (e.g. https://slack.com/api/)");
        }
        return s;
    }

    private static LoggingSettings logging(ConfigNode n) {
        String format = n.string("format", LoggingSettings.TEXT);
        if (!format.equals(LoggingSettings.TEXT) && !format.equals(LoggingSettings.JSON)) {
            throw new ConfigException(n.child("format") + ": '" + format + "' (expected text or json)");
        }
        n.finish();
        return new LoggingSettings(format);
    }

    private static SummarizerSettings summarizer(ConfigNode n) {
        String provider = n.string("provider", "extractive");
        if (!provider.equals("extractive") && !provider.equals("openai-compatible")) {
            throw new ConfigException(n.child("provider") + ": '" + provider
                    + "' (expected extractive or openai-compatible)");
        }
        SummarizerSettings s = new SummarizerSettings(provider, n.httpUrl("base-url", ""), n.string("model", ""),
                n.string("api-key", ""), n.integer("max-tokens-per-day", 200_000, 0, Integer.MAX_VALUE));
        if (provider.equals("openai-compatible") && (s.baseUrl().isEmpty() || s.model().isEmpty())) {
            throw new ConfigException(n.path() + ": provider openai-compatible needs base-url and model");
        }
        n.finish();
        return s;
    }
}
