package dev.newsdesk.adapter.extract;

import dev.newsdesk.core.item.Article;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}): the first node whose
 * {@code @type} is an article type (NewsArticle, Article, BlogPosting, ReportageNewsArticle, ...), found in top-level
 * objects, arrays and {@code @graph}s. Broken JSON is skipped; sizes and nesting are capped.
 */
final class JsonLd {

    private static final int MAX_SCRIPT = 2_000_000;
    private static final int MAX_NODES = 5_000;
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
            "scholarlyarticle", "socialmediaposting", "liveblogposting", "webpage", "report", "posting",
            "advertisercontentarticle", "satiricalarticle");
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(MAX_SCRIPT).build()).build()).build();

    private JsonLd() {
    }

    /** The article node of a page's JSON-LD scripts (their text), preferring a real article type over WebPage; null when there is none. */
    static JsonNode article(List<String> scripts) {
        JsonNode page = null;
        for (String data : scripts) {
            if (data.isBlank() || data.length() > MAX_SCRIPT) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(data.strip());
            } catch (JsonProcessingException | RuntimeException e) {
                continue; // broken JSON-LD is common; the page's other metadata still counts
            }
            for (JsonNode n : candidates(root)) {
                String type = type(n);
                if (type.equals("webpage")) {
                    page = page == null ? n : page;
                } else if (ARTICLE_TYPES.contains(type)) {
                    return n;
                }
            }
        }
        return page;
    }

    /** All objects reachable through arrays, {@code @graph} and mainEntity, breadth first, capped. */
    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = queue.poll();
            if (n.isArray()) {
                n.forEach(queue::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    queue.add(n.get("@graph"));
                }
                if (n.has("mainEntity")) {
                    queue.add(n.get("mainEntity"));
                }
            }
        }
        return out;
    }

    /** The lower-case first @type of a node ("" when none). */
    static String type(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t != null && t.isArray() && !t.isEmpty()) {
            for (JsonNode x : t) {
                if (x.isTextual() && ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) {
                    return x.asText().toLowerCase(Locale.ROOT);
                }
            }
            t = t.get(0);
        }
        return t != null && t.isTextual() ? t.asText().toLowerCase(Locale.ROOT) : "";
    }

    /** A text field: a string, the first string of an array, or the "name"/"url" of an object; null when absent. */
    static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        if (v != null && v.isObject()) {
            v = v.has("url") ? v.get("url") : v.has("name") ? v.get("name") : v.get("@id");
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Author names: strings, or the "name" of objects, of a single value or an array; empty when none. */
    static List<String> names(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n == null ? null : n.get(field);
        if (v == null) {
            return out;
        }
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (JsonNode it : items) {
            JsonNode name = it.isObject() ? it.get("name") : it;
            if (name != null && name.isTextual() && !name.asText().isBlank() && out.size() < 10) {
                out.add(name.asText().strip());
            }
        }
        return out;
    }
}
