package dev.newsdesk.adapter.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Direct reads from the JDOM tree for what ROME's model drops or gets wrong: the raw date strings (ROME gives up on
 * many real-world formats), media images, the syndication TTL and xml:base. Namespace-agnostic on purpose: feeds
 * misuse namespaces often enough that matching on local names is the more useful rule.
 */
final class FeedElements {

    private static final String[] PUBLISHED = {"pubDate", "published", "issued", "date", "created", "pubdate"};
    private static final String[] UPDATED = {"updated", "modified", "date"};

    private FeedElements() {
    }

    /** The element holding the feed's metadata: rss/channel, rdf:RDF/channel, or the Atom feed itself. */
    static Element channel(Element root) {
        Element ch = child(root, "channel");
        return ch == null ? root : ch;
    }

    /** The item or entry elements in document order, matched as ROME does (same namespace as their container). */
    static List<Element> items(Element root) {
        String name = root.getName();
        Element container;
        String itemName;
        if (name.equals("feed")) {
            container = root;
            itemName = "entry";
        } else if (name.equals("RDF")) {
            container = root;
            itemName = "item";
        } else {
            container = channel(root);
            itemName = "item";
        }
        List<Element> out = new ArrayList<>();
        Namespace ns = container.getNamespace();
        for (Element e : container.getChildren()) {
            if (e.getName().equals(itemName) && (name.equals("rss") || e.getNamespace().equals(ns)
                    || name.equals("RDF"))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child with this local name in any namespace, or null. */
    static Element child(Element parent, String localName) {
        for (Element e : parent.getChildren()) {
            if (e.getName().equals(localName)) {
                return e;
            }
        }
        return null;
    }

    /** The trimmed text of the first child with this local name, or null when absent or blank. */
    static String childText(Element parent, String localName) {
        Element e = child(parent, localName);
        if (e == null) {
            return null;
        }
        String t = e.getTextTrim();
        return t.isEmpty() ? null : t;
    }

    /**
     * An author an item names outside ROME's model: dc:author, itunes:author, an embedded atom:author's name;
     * null when none.
     */
    static String author(Element item) {
        for (Element e : item.getChildren()) {
            String n = e.getName();
            if (n.equals("author") || n.equals("creator")) {
                Element name = child(e, "name");
                String t = name != null ? name.getTextTrim() : e.getTextTrim();
                if (t.isEmpty() && child(e, "email") != null) {
                    t = child(e, "email").getTextTrim();
                }
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * The title when ROME's is missing (dc:title) or lost words: an Atom title of type html with unescaped child
     * elements, which ROME reads as the direct text only. Otherwise {@code romeTitle}.
     */
    static String markupTitle(Element parent, String romeTitle) {
        Element t = child(parent, "title");
        if (t == null) {
            return romeTitle;
        }
        if (romeTitle == null || !t.getChildren().isEmpty()) {
            return HtmlText.line(t.getValue());
        }
        return romeTitle;
    }

    /** The href of an alternate {@code atom:link} (or a {@code <link>} text) among the children, or null. */
    static String alternateLink(Element parent) {
        for (Element e : parent.getChildren()) {
            if (e.getName().equals("link")) {
                String href = e.getAttributeValue("href");
                String rel = e.getAttributeValue("rel", "alternate");
                if (href != null && !href.isBlank() && rel.equals("alternate")) {
                    return href.trim();
                }
                if (href == null && !e.getTextTrim().isEmpty()) {
                    return e.getTextTrim();
                }
            }
        }
        return null;
    }

    /** The first of the publication dates an item carries that {@link dev.newsdesk.core.item.Dates} can read. */
    static Instant published(Element item) {
        return firstDate(item, PUBLISHED);
    }

    /** The first modification date an item carries that can be read. */
    static Instant updated(Element item) {
        return firstDate(item, UPDATED);
    }

    private static Instant firstDate(Element item, String[] names) {
        for (String n : names) {
            for (Element e : item.getChildren()) {
                if (e.getName().equals(n)) {
                    Instant t = dev.newsdesk.core.item.Dates.parse(e.getText());
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Removes the item's date elements that {@link dev.newsdesk.core.item.Dates} can read. ROME parses every date
     * again by trying a dozen {@code SimpleDateFormat} masks, each compiled anew: after {@link #published} and
     * {@link #updated} have read them, that work is wasted. Dates our parser cannot read stay, so that ROME's
     * reading remains the fallback.
     */
    static void dropReadDates(Element item) {
        item.getChildren().removeIf(e -> (contains(PUBLISHED, e.getName()) || contains(UPDATED, e.getName()))
                && dev.newsdesk.core.item.Dates.parse(e.getText()) != null);
    }

    /**
     * The item's categories (RSS {@code <category>}, Atom {@code <category term|label>}, {@code dc:subject}), and
     * removes them from the item. ROME keeps categories in sets of beans whose equals and hashCode go through
     * reflection; reading them here avoids that work for every entry.
     */
    static List<String> takeCategories(Element item) {
        List<String> out = categories(item);
        item.getChildren().removeIf(e -> isCategory(e.getName()));
        return out;
    }

    /** The item's categories as {@link #takeCategories} reads them, leaving the item as it is. */
    static List<String> categories(Element item) {
        List<String> out = new ArrayList<>();
        for (Element e : item.getChildren()) {
            if (!isCategory(e.getName())) {
                continue;
            }
            String v = e.getAttributeValue("label");
            if (v == null || v.isBlank()) {
                v = e.getAttributeValue("term");
            }
            if (v == null || v.isBlank()) {
                v = e.getText();
            }
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private static boolean isCategory(String name) {
        return name.equals("category") || name.equals("subject");
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** An image URL from enclosure, media:content, media:thumbnail (also inside media:group) or itunes:image. */
    static String image(Element item) {
        String thumb = null;
        for (Element e : item.getChildren()) {
            String n = e.getName();
            if (n.equals("enclosure") || n.equals("content") && isMedia(e)) {
                String url = attr(e, "url");
                String type = e.getAttributeValue("type", "");
                String medium = e.getAttributeValue("medium", "");
                if (url != null && (type.toLowerCase(Locale.ROOT).startsWith("image/") || medium.equals("image"))) {
                    return url;
                }
                if (url != null && n.equals("content") && type.isEmpty() && medium.isEmpty() && looksLikeImage(url)) {
                    return url;
                }
                Element t = child(e, "thumbnail");
                if (thumb == null && t != null && isMedia(t)) {
                    thumb = attr(t, "url");
                }
            } else if (n.equals("thumbnail") && isMedia(e) && thumb == null) {
                thumb = attr(e, "url");
            } else if (n.equals("group") && isMedia(e)) {
                String inner = image(e);
                if (inner != null && thumb == null) {
                    thumb = inner;
                }
            } else if (n.equals("image") && thumb == null) {
                String href = attr(e, "href");
                thumb = href != null ? href : childText(e, "url");
            }
        }
        return thumb;
    }

    private static boolean isMedia(Element e) {
        String uri = e.getNamespaceURI();
        return uri.startsWith("http://search.yahoo.com/mrss") || uri.startsWith("https://search.yahoo.com/mrss")
                || uri.startsWith("http://video.search.yahoo.com/mrss") || e.getNamespacePrefix().equals("media");
    }

    private static boolean looksLikeImage(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        return u.endsWith(".jpg") || u.endsWith(".jpeg") || u.endsWith(".png") || u.endsWith(".gif")
                || u.endsWith(".webp");
    }

    private static String attr(Element e, String name) {
        String v = e.getAttributeValue(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /**
     * How long the feed says it stays fresh: RSS {@code <ttl>} minutes, else {@code sy:updatePeriod} divided by
     * {@code sy:updateFrequency}; null when absent or nonsense.
     */
    static Duration ttl(Element root) {
        Element ch = channel(root);
        String ttl = childText(ch, "ttl");
        if (ttl != null) {
            try {
                long m = Long.parseLong(ttl);
                if (m > 0 && m < 525_600) {
                    return Duration.ofMinutes(m);
                }
            } catch (NumberFormatException e) {
                // not a number: fall through to sy:
            }
        }
        String period = childText(ch, "updatePeriod");
        if (period == null) {
            period = childText(root, "updatePeriod");
        }
        if (period == null) {
            return null;
        }
        Duration base = switch (period.toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "daily" -> Duration.ofDays(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            case "yearly" -> Duration.ofDays(365);
            default -> null;
        };
        if (base == null) {
            return null;
        }
        String freq = childText(ch, "updateFrequency");
        if (freq == null) {
            freq = childText(root, "updateFrequency");
        }
        long f = 1;
        if (freq != null) {
            try {
                f = Math.max(1, Long.parseLong(freq));
            } catch (NumberFormatException e) {
                f = 1;
            }
        }
        return base.dividedBy(f);
    }

    /**
     * The xml:base in effect for an element (resolved against enclosing ones and finally the document URL), or null
     * when no xml:base applies.
     */
    static URI xmlBase(Element e, String documentUrl) {
        List<String> bases = new ArrayList<>();
        for (Element p = e; p != null; p = p.getParentElement()) {
            String b = p.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (b != null && !b.isBlank()) {
                bases.add(b.trim());
            }
        }
        if (bases.isEmpty()) {
            return null;
        }
        URI base = null;
        try {
            base = documentUrl == null ? null : new URI(documentUrl);
        } catch (Exception ex) {
            base = null;
        }
        for (int i = bases.size() - 1; i >= 0; i--) {
            try {
                URI u = new URI(bases.get(i));
                base = base == null ? u : base.resolve(u);
            } catch (Exception ex) {
                // a broken xml:base is ignored
            }
        }
        return base;
    }

    /** Resolves a link against an xml:base; returns the link unchanged when it is absolute or cannot be resolved. */
    static String resolve(URI base, String link) {
        if (base == null || link == null) {
            return link;
        }
        try {
            URI u = new URI(link.trim());
            if (u.isAbsolute()) {
                return link;
            }
            return base.resolve(u).toString();
        } catch (Exception e) {
            return link;
        }
    }
}
