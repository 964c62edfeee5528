package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * The two extraction corpora of the shared evaluation corpus (read in place, never copied): scrapinghub's
 * article-extraction-benchmark and Mozilla's readability test pages.
 */
public final class ExtractionCorpus {

    /** The base URL upstream parses readability test pages with. */
    public static final String READABILITY_URL = "http://fakehost/test/page.html";

    /** One page: id, URL (may be null), HTML, and the expected article text. */
    public record Page(String id, String url, String html, String expected) {
    }

    private ExtractionCorpus() {
    }

    /** The corpus root from the system property newsdesk.corpus; null when unset or absent. */
    public static Path root() {
        String root = System.getProperty("newsdesk.corpus");
        if (root == null) {
            return null;
        }
        Path p = Path.of(root);
        return Files.isDirectory(p) ? p : null;
    }

    /** The article-extraction-benchmark pages with their ground truth, in case order; empty when absent. */
    public static List<Page> benchmark(Path root) {
        Path dir = root.resolve("article-extraction-benchmark");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        JsonNode truth = json(dir.resolve("ground-truth.json"));
        List<Page> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String html = gunzip(dir.resolve("html").resolve(e.getKey() + ".html.gz"));
            out.add(new Page(e.getKey(), e.getValue().path("url").asText(null), html,
                    e.getValue().path("articleBody").asText("")));
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    /** A tool's stored predictions (id to articleBody) from tool-output/NAME.json; empty when absent. */
    public static Map<String, String> storedOutput(Path root, String tool) {
        Path f = root.resolve("article-extraction-benchmark/tool-output/" + tool + ".json");
        if (!Files.isRegularFile(f)) {
            return Map.of();
        }
        JsonNode n = json(f);
        if (n.has("output") && n.get("output").isObject()) {
            n = n.get("output");
        }
        Map<String, String> out = new java.util.HashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return out;
    }

    /** The readability test pages with the text of expected.html, in case order; empty when absent. */
    public static List<Page> readability(Path root) {
        Path dir = root.resolve("readability-test-pages");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Page> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            for (Path c : s.filter(Files::isDirectory).sorted().toList()) {
                Path src = c.resolve("source.html.gz");
                Path exp = c.resolve("expected.html");
                if (Files.isRegularFile(src) && Files.isRegularFile(exp)) {
                    String expected = Jsoup.parse(Files.readString(exp), READABILITY_URL).body().text();
                    out.add(new Page(c.getFileName().toString(), READABILITY_URL, gunzip(src), expected));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static JsonNode json(Path p) {
        try {
            return new ObjectMapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    static String gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
