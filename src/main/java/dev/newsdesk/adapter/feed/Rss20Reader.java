package dev.newsdesk.adapter.feed;

import dev.newsdesk.core.item.Dates;
import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.ParsedFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reads a plain RSS 2.0 feed straight from the JDOM tree, giving what {@link RomeFeedReader} gives for it without
 * ROME's wire model, its conversion to beans and its reflective copying (which cost more than parsing the XML). Most
 * news feeds are plain RSS 2.0, so this is the path a poll cycle mostly takes.
 *
 * <p>It only answers when it is sure to answer as ROME would: for anything outside the plain shape (another version,
 * namespaced items, dates only ROME's masks read, several authors, ...) it returns null and the caller uses ROME.
 * {@code FeedReadersAgreeTest} holds the two readers to the same output over the corpora. Thread-safe (no state).
 */
final class Rss20Reader {

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    /** Every element name {@link FeedElements} or ROME reads a date from; a date we cannot read sends us to ROME. */
    private static final String[] DATES = {"pubDate", "published", "issued", "date", "created", "pubdate",
            "updated", "modified"};

    /** The feed, or null when it is not plain RSS 2.0 (the caller then reads it with ROME). */
    ParsedFeed read(Element root, String baseUrl) {
        if (!root.getName().equals("rss") || root.getNamespace() != Namespace.NO_NAMESPACE
                || !"2.0".equals(root.getAttributeValue("version"))) {
            return null;
        }
        Element channel = null;
        for (Element e : root.getChildren()) {
            if (!e.getName().equals("channel") || e.getNamespace() != Namespace.NO_NAMESPACE || channel != null) {
                return null; // ROME reads more than one channel, or items outside it, its own way
            }
            channel = e;
        }
        if (channel == null) {
            return null;
        }
        String feedAuthor = feedAuthor(channel);
        List<FeedEntry> entries = new ArrayList<>();
        for (Element e : channel.getChildren()) {
            if (e.getName().equals("item")) {
                if (e.getNamespace() != Namespace.NO_NAMESPACE) {
                    return null;
                }
                FeedEntry entry = entry(e, feedAuthor, baseUrl);
                if (entry == null) {
                    return null;
                }
                entries.add(entry);
            }
        }
        String link = trim(ownText(channel, "link"));
        if (link == null) {
            link = FeedElements.alternateLink(channel);
        }
        if (link != null) {
            link = FeedElements.resolve(FeedElements.xmlBase(root, baseUrl), link);
        }
        String title = FeedElements.markupTitle(channel, HtmlText.line(ownText(channel, "title")));
        return new ParsedFeed("rss_2.0", title, trim(link), FeedElements.ttl(root), entries);
    }

    /** One item, or null when it holds something only ROME reads the way ROME does. */
    private static FeedEntry entry(Element item, String feedAuthor, String baseUrl) {
        Element author = null;
        for (Element e : item.getChildren()) {
            String n = e.getName();
            if (isDate(n) && Dates.parse(e.getText()) == null) {
                return null;
            }
            if (n.equals("author") || n.equals("creator")) {
                if (author != null) {
                    return null; // ROME orders several authors by its own rules
                }
                author = e;
            }
        }
        Element guidEl = item.getChild("guid");
        Element linkEl = item.getChild("link");
        // ROME's wire item takes the link as its URI, which stands in for a missing guid
        String guid = guidEl != null ? blankToNull(guidEl.getText().trim())
                : linkEl != null ? blankToNull(linkEl.getText()) : null;
        String link = linkEl == null ? null : linkEl.getText();
        if (linkEl == null && guidEl != null && isPermaLink(guidEl)) {
            link = guidEl.getText();
        }
        link = trim(link);
        if (link == null) {
            link = trim(FeedElements.alternateLink(item));
        }
        if (link != null) {
            link = FeedElements.resolve(FeedElements.xmlBase(item, baseUrl), link);
        }
        Instant published = FeedElements.published(item);
        Instant updated = FeedElements.updated(item);
        if (published == null) {
            published = updated;
        }
        String name = null;
        if (author != null && (author.getNamespace() == Namespace.NO_NAMESPACE
                || author.getNamespaceURI().equals(DC))) {
            name = Authors.clean(author.getText());
        }
        if (name == null) {
            name = Authors.clean(FeedElements.author(item));
        }
        if (name == null) {
            name = feedAuthor;
        }
        String title = HtmlText.line(ownText(item, "title"));
        if (title == null) {
            title = FeedElements.markupTitle(item, null);
        }
        Element description = item.getChild("description");
        Element content = item.getChild("encoded", Namespace.getNamespace(CONTENT));
        if (hasChildElements(description) || hasChildElements(content)) {
            return null; // unescaped markup: ROME serialises it its own way
        }
        return new FeedEntry(guid, title, link, published, updated, name,
                description == null ? null : HtmlText.text(description.getText()),
                content == null ? null : HtmlText.text(content.getText()),
                RomeFeedReader.categoryNames(FeedElements.categories(item)), FeedElements.image(item));
    }

    /** The channel's author as ROME names it (dc:creator, then managingEditor), or null. */
    private static String feedAuthor(Element channel) {
        Element creator = channel.getChild("creator", Namespace.getNamespace(DC));
        String a = Authors.clean(creator != null ? creator.getText() : ownText(channel, "managingEditor"));
        if (a != null) {
            return a;
        }
        String editor = FeedElements.childText(channel, "managingEditor");
        return Authors.clean(editor != null ? editor : FeedElements.childText(channel, "creator"));
    }

    private static boolean hasChildElements(Element e) {
        return e != null && !e.getChildren().isEmpty();
    }

    private static boolean isPermaLink(Element guid) {
        String p = guid.getAttributeValue("isPermaLink");
        return p == null || p.equalsIgnoreCase("true");
    }

    private static boolean isDate(String name) {
        for (String d : DATES) {
            if (d.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the first child of this name in no namespace (as ROME reads RSS 2.0), or null. */
    private static String ownText(Element parent, String name) {
        Element e = parent.getChild(name);
        return e == null ? null : e.getText();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
