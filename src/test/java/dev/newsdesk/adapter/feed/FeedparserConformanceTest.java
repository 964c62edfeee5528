package dev.newsdesk.adapter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.ParsedFeed;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Conformance against feedparser's suite. Each file's {@code Expect:} Python expression is split on {@code and}; the
 * clauses that are simple equalities on fields newsdesk has (feed title/link, entries[i] title/link/id/author,
 * description/summary (as text) and published/updated (_parsed)) are evaluated; {@code bozo}, {@code encoding} and every other clause are ignored, and a
 * file with no usable clause counts as skipped. As newsdesk carries plain text, expected titles are compared after
 * the same markup-to-text step and authors after the same name clean-up; relative links are resolved against the
 * document URL first, as the normaliser does downstream. sanitize/ is feedparser's own HTML policy and is skipped.
 */
class FeedparserConformanceTest {

    private static final Pattern CLAUSE = Pattern.compile(
            "^(feed|entries\\[(\\d+)])(?:\\['(\\w+)']|\\.(\\w+))\\s*==\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("(?m)^Header:\\s*([\\w-]+):\\s*(.*)$");
    private static final String BASE = "http://127.0.0.1:8097/";

    /** Levels reached per folder (minus slack), so that a regression in one folder shows. */
    private static final Map<String, Double> FLOOR = Map.ofEntries(
            Map.entry("wellformed/rss", 0.89), Map.entry("wellformed/atom", 0.78),
            Map.entry("wellformed/atom10", 0.77), Map.entry("wellformed/rdf", 0.99),
            Map.entry("wellformed/base", 0.84), Map.entry("wellformed/namespace", 0.99),
            Map.entry("entities", 0.97), Map.entry("illformed", 0.99));

    @Test
    void expectations() {
        Path root = Corpus.dir("feedparser-tests");
        Map<String, Score> scores = new TreeMap<>();
        for (Path file : Corpus.files(root, p -> p.toString().endsWith(".xml"))) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            if (rel.startsWith("wellformed/sanitize/")) {
                scores.computeIfAbsent("wellformed/sanitize", Score::new).skipped++;
                continue;
            }
            String folder = folder(rel);
            Score score = scores.computeIfAbsent(folder, Score::new);
            byte[] body = Corpus.read(file);
            String text = BodyText.decode(body, null);
            String header = header(text);
            String contentType = null;
            Matcher h = HEADER.matcher(header);
            while (h.find()) {
                if (h.group(1).equalsIgnoreCase("Content-type")) {
                    contentType = h.group(2).trim();
                }
            }
            String baseUrl = BASE + rel;
            Corpus.Outcome o = Corpus.parse(body, contentType, baseUrl); // must not hang or crash
            List<String[]> clauses = clauses(expect(header));
            if (clauses.isEmpty()) {
                score.skipped++;
                continue;
            }
            for (String[] c : clauses) {
                evaluate(rel, c, o.feed(), baseUrl, score);
            }
        }
        scores.values().forEach(s -> s.print(8));
        for (Map.Entry<String, Double> f : FLOOR.entrySet()) {
            if (scores.containsKey(f.getKey())) {
                assertThat(scores.get(f.getKey()).share()).as(f.getKey()).isGreaterThanOrEqualTo(f.getValue());
            }
        }
        Score all = new Score("all");
        scores.values().forEach(s -> {
            all.matched += s.matched;
            all.total += s.total;
        });
        System.out.println(all.summary());
    }

    private static String folder(String rel) {
        String[] parts = rel.split("/");
        return parts.length > 2 ? parts[0] + "/" + parts[1] : parts[0];
    }

    private static String header(String text) {
        int start = text.indexOf("<!--");
        int end = start < 0 ? -1 : text.indexOf("-->", start);
        return end < 0 ? "" : text.substring(start + 4, end);
    }

    private static String expect(String header) {
        int at = header.indexOf("Expect:");
        if (at < 0) {
            return "";
        }
        String rest = header.substring(at + 7);
        Matcher next = Pattern.compile("(?m)^\\w+:").matcher(rest);
        return (next.find() ? rest.substring(0, next.start()) : rest).trim();
    }

    /** Usable clauses as {target, index, field, literal}. */
    private static List<String[]> clauses(String expr) {
        List<String[]> out = new ArrayList<>();
        for (String part : splitAnd(expr)) {
            Matcher m = CLAUSE.matcher(part.trim());
            if (!m.matches()) {
                continue;
            }
            String field = m.group(3) != null ? m.group(3) : m.group(4);
            boolean entry = m.group(1).startsWith("entries");
            boolean usable = entry
                    ? List.of("title", "link", "id", "author", "published_parsed", "updated_parsed", "description",
                    "summary")
                    .contains(field)
                    : List.of("title", "link").contains(field);
            if (usable) {
                out.add(new String[] {entry ? "entry" : "feed", m.group(2), field, m.group(5).trim()});
            }
        }
        return out;
    }

    /** Splits on {@code and} outside string literals and brackets. */
    private static List<String> splitAnd(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && s.startsWith(" and ", i)) {
                parts.add(s.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static void evaluate(String file, String[] c, ParsedFeed feed, String baseUrl, Score score) {
        String what = file + " " + c[0] + (c[1] == null ? "" : "[" + c[1] + "]") + "." + c[2];
        if (feed == null) {
            score.check(what, "a feed", "no feed");
            return;
        }
        FeedEntry e = null;
        if (c[0].equals("entry")) {
            int i = Integer.parseInt(c[1]);
            e = i < feed.entries().size() ? feed.entries().get(i) : null;
        }
        if (c[2].endsWith("_parsed")) {
            Instant expected = tuple(c[3]);
            if (expected == null) {
                score.skipped++;
                return;
            }
            Instant actual = e == null ? null : c[2].startsWith("published") ? e.published() : e.updated();
            score.check(what, expected, actual);
            return;
        }
        String literal = pyString(c[3]);
        if (literal == null) {
            score.skipped++;
            return;
        }
        switch (c[2]) {
            case "title" -> score.check(what, HtmlText.line(literal), e != null ? e.title()
                    : c[0].equals("feed") ? feed.title() : null);
            case "link" -> score.check(what, literal, resolve(baseUrl, e != null ? e.link()
                    : c[0].equals("feed") ? feed.link() : null));
            case "id" -> score.check(what, literal, e == null ? null : e.guid());
            case "description", "summary" -> score.check(what, HtmlText.text(literal), e == null ? null : e.summary());
            case "author" -> score.check(what, Authors.clean(literal), e == null ? null : e.author());
            default -> score.skipped++;
        }
    }

    private static String resolve(String base, String link) {
        if (link == null) {
            return null;
        }
        try {
            return URI.create(base).resolve(link.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException ex) {
            return link;
        }
    }

    /** A Python time tuple {@code (2003, 12, 31, 10, 14, 55, 2, 365, 0)} as a UTC instant, or null. */
    private static Instant tuple(String s) {
        Matcher m = Pattern.compile("^\\((\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+).*\\)$")
                .matcher(s.trim());
        if (!m.matches()) {
            return null;
        }
        return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6))).toInstant(ZoneOffset.UTC);
    }

    /** A Python string literal ({@code u'..'}, {@code "..."}, triple quotes, common escapes), or null. */
    static String pyString(String s) {
        s = s.trim();
        if (s.startsWith("u") || s.startsWith("b")) {
            s = s.substring(1);
        }
        String q;
        if (s.startsWith("'''") || s.startsWith("\"\"\"")) {
            q = s.substring(0, 3);
        } else if (s.startsWith("'") || s.startsWith("\"")) {
            q = s.substring(0, 1);
        } else {
            return null;
        }
        if (!s.endsWith(q) || s.length() < 2 * q.length()) {
            return null;
        }
        String body = s.substring(q.length(), s.length() - q.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char n = body.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'x' -> {
                    sb.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
