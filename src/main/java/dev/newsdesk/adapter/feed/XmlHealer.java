package dev.newsdesk.adapter.feed;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Repairs the mistakes real feeds make so that a strict XML parser can read them: a DOCTYPE (refused by the hardened
 * parser), HTML named entities such as {@code &nbsp;}, a stray {@code &}, characters illegal in XML, an unclosed
 * CDATA section, undeclared namespace prefixes and junk after the root element. Works on the decoded text; pure and
 * thread-safe.
 */
final class XmlHealer {

    /** Well-known namespaces, so that {@code <dc:creator>} in a feed that forgot to declare dc still means dc. */
    private static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
            Map.entry("media", "http://search.yahoo.com/mrss/"),
            Map.entry("atom", "http://www.w3.org/2005/Atom"),
            Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
            Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"));

    private XmlHealer() {
    }

    /**
     * Removes a DOCTYPE declaration (with its internal subset) from the prolog. The hardened parser refuses every
     * DOCTYPE, and feeds only ever use one for a DTD nobody should fetch.
     */
    static String dropDoctype(String xml) {
        int at = indexOfIgnoreCase(xml, "<!DOCTYPE", 0, Math.min(xml.length(), 4096));
        if (at < 0) {
            return xml;
        }
        int end = doctypeEnd(xml, at);
        return end < 0 ? xml.substring(0, at) : xml.substring(0, at) + xml.substring(end);
    }

    /** The index after the DOCTYPE that starts at {@code at}, or -1. Quotes and the internal subset are skipped. */
    private static int doctypeEnd(String xml, int at) {
        int depth = 0;
        char quote = 0;
        for (int i = at + 9; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Every repair in one pass over the text; returns the input itself when nothing needed fixing. */
    static String heal(String xml) {
        String s = dropDoctype(stripLeading(xml));
        StringBuilder sb = new StringBuilder(s.length() + 64);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<' && s.startsWith("<![CDATA[", i)) {
                int close = s.indexOf("]]>", i + 9);
                if (close < 0) {
                    // unclosed CDATA: close it before the next tag that ends an element, else at the end
                    int next = s.indexOf("</", i + 9);
                    int stop = next < 0 ? n : next;
                    appendLegal(sb, s, i, stop);
                    sb.append("]]>");
                    i = stop;
                } else {
                    appendLegal(sb, s, i, close + 3);
                    i = close + 3;
                }
            } else if (c == '<' && s.startsWith("<!--", i)) {
                int close = s.indexOf("-->", i + 4);
                int stop = close < 0 ? n : close + 3;
                appendLegal(sb, s, i, stop);
                if (close < 0) {
                    sb.append("-->");
                }
                i = stop;
            } else if (c == '&') {
                i = entity(sb, s, i);
            } else {
                if (isLegal(c, s, i)) {
                    sb.append(c);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(i + 1));
                    i++;
                }
                i++;
            }
        }
        return declarePrefixes(trimNamespaceUris(closeOpenElements(cutAfterRoot(sb.toString()))));
    }

    /** Leading BOM, whitespace or junk before the first {@code <} make the XML declaration illegal. */
    static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != '<') {
            i++;
        }
        return i == 0 || i == s.length() ? s : s.substring(i);
    }

    private static boolean isLegal(char c, String s, int i) {
        if (c >= 0x20 && c < 0xD800) {
            return true;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return c >= 0xE000 && c <= 0xFFFD;
    }

    private static void appendLegal(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isLegal(c, s, i)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            }
        }
    }

    /** Handles one {@code &} at {@code i}; returns the index after what was consumed. */
    private static int entity(StringBuilder sb, String s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '#') {
            j++;
            boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int start = j;
            while (j < n && j - start < 8 && (hex ? Character.digit(s.charAt(j), 16) >= 0 : isAsciiDigit(s.charAt(j)))) {
                j++;
            }
            if (j > start && j < n && s.charAt(j) == ';') {
                int cp = Integer.parseInt(s.substring(start, j), hex ? 16 : 10);
                if (legalCodePoint(cp)) {
                    sb.append(s, i, j + 1);
                }
                return j + 1;
            }
            sb.append("&amp;");
            return i + 1;
        }
        int start = j;
        while (j < n && j - start < 32 && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.'
                || s.charAt(j) == '-' || s.charAt(j) == '_')) {
            j++;
        }
        if (j > start && j < n && s.charAt(j) == ';') {
            String name = s.substring(start, j);
            switch (name) {
                case "amp", "lt", "gt", "quot", "apos" -> sb.append(s, i, j + 1);
                default -> {
                    String value = Entities.getByName(name);
                    if (value.isEmpty()) {
                        sb.append("&amp;").append(name).append(';'); // unknown: keep it visible as text
                    } else {
                        value.codePoints().forEach(cp -> sb.append("&#").append(cp).append(';'));
                    }
                }
            }
            return j + 1;
        }
        sb.append("&amp;");
        return i + 1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean legalCodePoint(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Drops anything after the root element's end tag (a second document, tracking scripts, NUL padding). */
    private static String cutAfterRoot(String s) {
        String root = rootName(s);
        if (root == null) {
            return s;
        }
        int close = s.lastIndexOf("</" + root);
        if (close < 0) {
            return s;
        }
        int gt = s.indexOf('>', close);
        return gt < 0 || gt == s.length() - 1 ? s : s.substring(0, gt + 1);
    }

    /** The qualified name of the first element, or null. */
    static String rootName(String s) {
        int i = 0;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) {
                return null;
            }
            char c = s.charAt(lt + 1);
            if (c == '?' || c == '!') {
                int gt = s.startsWith("<!--", lt) ? s.indexOf("-->", lt) : s.indexOf('>', lt);
                if (gt < 0) {
                    return null;
                }
                i = gt + 1;
                continue;
            }
            int j = lt + 1;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>'
                    && s.charAt(j) != '/') {
                j++;
            }
            return j > lt + 1 ? s.substring(lt + 1, j) : null;
        }
    }

    /**
     * A truncated body (a size cap, a dropped connection) ends inside a tag or with elements still open: cut the
     * partial tag and close what is open, so that every complete item before the cut is kept.
     */
    static String closeOpenElements(String s) {
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        int i = 0;
        int n = s.length();
        int cut = n;
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (s.startsWith("<!--", lt) || s.startsWith("<![CDATA[", lt) || s.startsWith("<?", lt)) {
                String end = s.startsWith("<!--", lt) ? "-->" : s.startsWith("<?", lt) ? "?>" : "]]>";
                int close = s.indexOf(end, lt);
                if (close < 0) {
                    cut = lt;
                    break;
                }
                i = close + end.length();
                continue;
            }
            int gt = tagEnd(s, lt);
            if (gt < 0) {
                cut = lt;
                break;
            }
            if (s.charAt(lt + 1) == '/') {
                String name = s.substring(lt + 2, gt).trim();
                if (open.contains(name)) {
                    while (!open.isEmpty() && !open.pop().equals(name)) {
                        // popping elements the feed forgot to close; the parser will report them
                    }
                }
            } else if (s.charAt(lt + 1) != '!' && s.charAt(gt - 1) != '/') {
                int j = lt + 1;
                while (j < gt && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '/') {
                    j++;
                }
                if (j > lt + 1) {
                    open.push(s.substring(lt + 1, j));
                }
            }
            i = gt + 1;
        }
        if (open.isEmpty() && cut == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.substring(0, cut));
        for (String name : open) {
            sb.append("</").append(name).append('>');
        }
        return sb.toString();
    }

    /** The index of the {@code >} ending the tag at {@code lt}, skipping quoted attribute values; -1 if none. */
    private static int tagEnd(String s, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** {@code xmlns:x=" http://..."}: JDOM refuses namespace URIs with surrounding blanks. */
    private static String trimNamespaceUris(String s) {
        return NS_BLANKS.matcher(s).replaceAll("$1$2");
    }

    private static final java.util.regex.Pattern NS_BLANKS =
            java.util.regex.Pattern.compile("(xmlns(?::[\\w.-]+)?\\s*=\\s*[\"'])\\s+([^\"']*?)\\s*(?=[\"'])");

    /** Declares well-known (or placeholder) namespaces for prefixes used but never declared. */
    private static String declarePrefixes(String s) {
        Set<String> used = new LinkedHashSet<>();
        int i = 0;
        while ((i = s.indexOf('<', i)) >= 0 && i + 1 < s.length()) {
            int j = i + 1;
            if (s.charAt(j) == '/' || s.charAt(j) == '!' || s.charAt(j) == '?') {
                i = j;
                continue;
            }
            int k = j;
            while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_'
                    || s.charAt(k) == '-' || s.charAt(k) == '.')) {
                k++;
            }
            if (k > j && k < s.length() && s.charAt(k) == ':') {
                used.add(s.substring(j, k));
            }
            i = k;
        }
        used.remove("xml");
        used.remove("xmlns");
        StringBuilder decl = new StringBuilder();
        for (String p : used) {
            if (!s.contains("xmlns:" + p + "=")) {
                decl.append(" xmlns:").append(p).append("=\"")
                        .append(KNOWN_PREFIXES.getOrDefault(p, "urn:newsdesk:undeclared:" + p)).append('"');
            }
        }
        if (decl.length() == 0) {
            return s;
        }
        String root = rootName(s);
        int at = root == null ? -1 : s.indexOf("<" + root);
        if (at < 0) {
            return s;
        }
        int insert = at + 1 + root.length();
        return s.substring(0, insert) + decl + s.substring(insert);
    }

    static int indexOfIgnoreCase(String s, String what, int from, int to) {
        // only where the first character matches (what starts with a character that has no case, such as '<')
        char first = what.charAt(0);
        boolean caseless = Character.toLowerCase(first) == Character.toUpperCase(first);
        for (int i = from; i + what.length() <= to; i++) {
            if (caseless) {
                i = s.indexOf(first, i);
                if (i < 0 || i + what.length() > to) {
                    return -1;
                }
            }
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
