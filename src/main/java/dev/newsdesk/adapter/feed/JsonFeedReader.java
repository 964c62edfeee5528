package dev.newsdesk.adapter.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsdesk.core.item.Dates;
import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.ParsedFeed;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with Jackson. Thread-safe (the mapper is). */
final class JsonFeedReader {

    /** Thrown when the JSON is well-formed but no JSON Feed. */
    static final class NotJsonFeed extends Exception {
        NotJsonFeed(String message) {
            super(message, null, false, false);
        }
    }

    // Nesting is capped so that a hostile document cannot exhaust the stack; the body size is capped by the fetcher.
    private static final ObjectMapper MAPPER = new JsonMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build())
            .build());

    /**
     * @throws JsonProcessingException when the body is not well-formed JSON (location in the message)
     * @throws NotJsonFeed             when it is JSON but not a feed
     */
    ParsedFeed read(byte[] body) throws IOException, NotJsonFeed {
        JsonNode root = MAPPER.readTree(body);
        if (root == null || !root.isObject()) {
            throw new NotJsonFeed("JSON but not an object");
        }
        String version = str(root, "version");
        JsonNode items = root.get("items");
        boolean declared = version != null && version.contains("jsonfeed.org");
        if (!declared && (items == null || !items.isArray())) {
            throw new NotJsonFeed("JSON without a jsonfeed.org version or an items array");
        }
        String format = version != null && version.endsWith("/1") ? "json-1.0" : "json-1.1";
        String feedAuthor = author(root);
        List<FeedEntry> entries = new ArrayList<>();
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                if (item.isObject()) {
                    entries.add(entry(item, feedAuthor));
                }
            }
        }
        return new ParsedFeed(format, HtmlText.plainLine(str(root, "title")), str(root, "home_page_url"), null,
                entries);
    }

    private static FeedEntry entry(JsonNode item, String feedAuthor) {
        String link = str(item, "url");
        if (link == null) {
            link = str(item, "external_url");
        }
        Instant published = Dates.parse(str(item, "date_published"));
        Instant updated = Dates.parse(str(item, "date_modified"));
        String content = HtmlText.text(str(item, "content_html"));
        if (content == null) {
            content = HtmlText.plain(str(item, "content_text"));
        }
        String author = author(item);
        String image = str(item, "image");
        if (image == null) {
            image = str(item, "banner_image");
        }
        Set<String> tags = new LinkedHashSet<>();
        JsonNode t = item.get("tags");
        if (t != null && t.isArray()) {
            for (JsonNode tag : t) {
                String s = tag.isValueNode() ? HtmlText.plainLine(tag.asText()) : null;
                if (s != null) {
                    tags.add(s);
                }
            }
        }
        return new FeedEntry(str(item, "id"), HtmlText.line(str(item, "title")), link,
                published != null ? published : updated, updated, author != null ? author : feedAuthor,
                HtmlText.text(str(item, "summary")), content, new ArrayList<>(tags), image);
    }

    /** JSON Feed 1.1 {@code authors[0].name}, else 1.0 {@code author.name}. */
    private static String author(JsonNode node) {
        JsonNode authors = node.get("authors");
        if (authors != null && authors.isArray()) {
            for (JsonNode a : authors) {
                String n = a.isObject() ? str(a, "name") : null;
                if (n != null) {
                    return HtmlText.plainLine(n);
                }
            }
        }
        JsonNode a = node.get("author");
        if (a != null && a.isObject()) {
            return HtmlText.plainLine(str(a, "name"));
        }
        return null;
    }

    /** A scalar field as text (ids may be numbers), or null when absent, not a scalar, or blank. */
    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }
}
