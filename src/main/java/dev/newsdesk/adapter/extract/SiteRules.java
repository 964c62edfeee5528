package dev.newsdesk.adapter.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.select.Selector;
import org.jsoup.select.QueryParser;

/**
 * Per-site extraction rules kept as data ({@code /extract/site-rules.json}: {@code {"rules": [{"domains": [...],
 * "content": [...], "drop": [...]}]}}), loaded once; immutable and thread-safe. Selectors are checked at load time so
 * that a bad rule fails at start-up with its domain named, not on some page later.
 */
final class SiteRules {

    /** The rules bundled with newsdesk. */
    static final String RESOURCE = "/extract/site-rules.json";

    private final Map<String, SiteRule> byDomain;

    private SiteRules(Map<String, SiteRule> byDomain) {
        this.byDomain = Map.copyOf(byDomain);
    }

    /** The bundled rules; a missing or malformed file is a packaging error and throws. */
    static SiteRules bundled() {
        try (InputStream in = SiteRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("extract: " + RESOURCE + " is missing from the class path");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("extract: cannot read " + RESOURCE, e);
        }
    }

    /** Rules from a parsed JSON document; throws IllegalArgumentException naming the domain of a bad selector. */
    static SiteRules parse(JsonNode root) {
        Map<String, SiteRule> map = new HashMap<>();
        for (JsonNode r : root.path("rules")) {
            List<String> domains = strings(r.path("domains"));
            List<String> content = strings(r.path("content"));
            List<String> drop = strings(r.path("drop"));
            for (String css : concat(content, drop)) {
                try {
                    QueryParser.parse(css);
                } catch (Selector.SelectorParseException e) {
                    throw new IllegalArgumentException("extract: site rule for " + domains + " has a bad selector '"
                            + css + "': " + e.getMessage(), e);
                }
            }
            SiteRule rule = new SiteRule(domains, content, drop);
            for (String d : domains) {
                map.put(d.toLowerCase(Locale.ROOT), rule);
            }
        }
        return new SiteRules(map);
    }

    /** The rule for a page's URL (its host or the nearest parent domain); {@link SiteRule#NONE} when none applies. */
    SiteRule forUrl(String url) {
        String host = host(url);
        if (host == null) {
            return SiteRule.NONE;
        }
        // www.example.co.uk -> example.co.uk -> co.uk -> uk: a handful of lookups
        for (String h = host; !h.isEmpty(); ) {
            SiteRule r = byDomain.get(h);
            if (r != null) {
                return r;
            }
            int dot = h.indexOf('.');
            h = dot < 0 ? "" : h.substring(dot + 1);
        }
        return SiteRule.NONE;
    }

    /** How many domains have a rule. */
    int size() {
        return byDomain.size();
    }

    private static String host(String url) {
        if (url == null || url.length() > 4096) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr.isTextual()) {
            out.add(arr.asText());
        }
        for (JsonNode n : arr) {
            if (n.isTextual() && !n.asText().isBlank()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
