package dev.newsdesk.adapter.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.newsdesk.core.item.FeedEntry;
import dev.newsdesk.core.item.ParsedFeed;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Maps a parsed XML document to a {@link ParsedFeed} with ROME (RSS 0.9x/1.0/2.0, Atom 0.3/1.0), filling what ROME
 * leaves out from the JDOM tree ({@link FeedElements}). Thread-safe: ROME's parsers are stateless and shared.
 */
final class RomeFeedReader {

    /** Thrown when ROME recognises no feed format in the document (e.g. an XHTML page). */
    static final class UnknownFormat extends Exception {
        UnknownFormat(String message) {
            super(message, null, false, false);
        }
    }

    private final WireFeedInput input = new WireFeedInput();

    /**
     * @throws UnknownFormat when the document is no feed ROME knows
     * @throws FeedException when ROME finds the feed invalid
     */
    ParsedFeed read(Document doc, String baseUrl) throws UnknownFormat, FeedException {
        Element rootEl = doc.getRootElement();
        if (rootEl.getName().equals("rss") && FeedElements.child(rootEl, "channel") == null) {
            rootEl.addContent(new Element("channel", rootEl.getNamespace())); // ROME fails without one
        }
        List<Element> raw = FeedElements.items(rootEl);
        Instant[] published = new Instant[raw.size()];
        Instant[] updated = new Instant[raw.size()];
        List<List<String>> categories = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            published[i] = FeedElements.published(raw.get(i));
            updated[i] = FeedElements.updated(raw.get(i));
            FeedElements.dropReadDates(raw.get(i));
            categories.add(FeedElements.takeCategories(raw.get(i)));
        }
        WireFeed wire;
        try {
            wire = input.build(doc);
        } catch (IllegalArgumentException e) {
            throw new UnknownFormat("no RSS, RDF or Atom feed: root element <" + doc.getRootElement().getQualifiedName()
                    + ">");
        }
        SyndFeed feed = new SyndFeedImpl(wire, true);
        Element root = doc.getRootElement();
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = raw.size() == entries.size();
        String feedAuthor = feedAuthor(feed, root);
        boolean atom = wire.getFeedType().startsWith("atom");
        List<FeedEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.add(entry(entries.get(i), aligned ? raw.get(i) : null, aligned ? published[i] : null,
                    aligned ? updated[i] : null, aligned ? categories.get(i) : null, feedAuthor, atom, baseUrl));
        }
        String link = blankToNull(feed.getLink());
        if (link == null) {
            link = FeedElements.alternateLink(FeedElements.channel(root));
        }
        if (link != null) {
            link = FeedElements.resolve(FeedElements.xmlBase(root, baseUrl), link);
        }
        String title = title(feed.getTitleEx(), feed.getTitle());
        title = FeedElements.markupTitle(FeedElements.channel(root), title);
        return new ParsedFeed(wire.getFeedType(), title, trim(link),
                FeedElements.ttl(root), out);
    }

    private FeedEntry entry(SyndEntry e, Element raw, Instant rawPublished, Instant rawUpdated,
                            List<String> rawCategories, String feedAuthor, boolean atom, String baseUrl) {
        String link = trim(e.getLink());
        if (link == null && raw != null) {
            link = trim(FeedElements.alternateLink(raw));
        }
        if (raw != null && link != null) {
            link = FeedElements.resolve(FeedElements.xmlBase(raw, baseUrl), link);
        }
        Instant published = rawPublished;
        Instant updated = rawUpdated;
        if (published == null && e.getPublishedDate() != null) {
            published = e.getPublishedDate().toInstant();
        }
        if (updated == null && e.getUpdatedDate() != null) {
            updated = e.getUpdatedDate().toInstant();
        }
        if (published == null) {
            published = updated;
        }
        String author = author(e);
        if (author == null && raw != null) {
            author = Authors.clean(FeedElements.author(raw));
        }
        if (author == null) {
            author = feedAuthor;
        }
        String image = raw == null ? null : FeedElements.image(raw);
        if (image == null) {
            image = enclosureImage(e);
        }
        String title = title(e.getTitleEx(), e.getTitle());
        if (raw != null && (title == null || atom)) {
            title = FeedElements.markupTitle(raw, title);
        }
        return new FeedEntry(guid(e), title, link, published, updated, author,
                text(e.getDescription()), content(e.getContents()),
                rawCategories != null ? categoryNames(rawCategories) : categories(e.getCategories()), image);
    }

    private static String guid(SyndEntry e) {
        Object w = e.getWireEntry();
        if (w instanceof Item item) {
            if (item.getGuid() != null && item.getGuid().getValue() != null) {
                return blankToNull(item.getGuid().getValue().trim());
            }
            return blankToNull(item.getUri()); // RSS 1.0 rdf:about
        }
        if (w instanceof Entry entry) {
            return blankToNull(entry.getId() == null ? null : entry.getId().trim());
        }
        return blankToNull(e.getUri());
    }

    private static String author(SyndEntry e) {
        String a = Authors.clean(e.getAuthor());
        if (a != null) {
            return a;
        }
        for (SyndPerson p : e.getAuthors()) {
            String n = Authors.clean(p.getName() != null ? p.getName() : p.getEmail());
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private static String feedAuthor(SyndFeed f, Element root) {
        String a = Authors.clean(f.getAuthor());
        if (a != null) {
            return a;
        }
        for (SyndPerson p : f.getAuthors()) {
            String n = Authors.clean(p.getName() != null ? p.getName() : p.getEmail());
            if (n != null) {
                return n;
            }
        }
        Element ch = FeedElements.channel(root);
        String editor = FeedElements.childText(ch, "managingEditor");
        return Authors.clean(editor != null ? editor : FeedElements.childText(ch, "creator"));
    }

    private static String enclosureImage(SyndEntry e) {
        for (SyndEnclosure en : e.getEnclosures()) {
            if (en.getType() != null && en.getType().toLowerCase(Locale.ROOT).startsWith("image/")
                    && en.getUrl() != null && !en.getUrl().isBlank()) {
                return en.getUrl().trim();
            }
        }
        return null;
    }

    /** Category names as one-line text, each once, in feed order. */
    static List<String> categoryNames(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String line = HtmlText.line(n);
            if (line != null) {
                out.add(line);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> categories(List<SyndCategory> cats) {
        if (cats.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (SyndCategory c : cats) {
            String n = HtmlText.line(c.getName());
            if (n != null) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    static String title(SyndContent c, String fallback) {
        if (c == null) {
            return HtmlText.line(fallback);
        }
        return isPlain(c.getType()) ? HtmlText.plainLine(c.getValue()) : HtmlText.line(c.getValue());
    }

    private static String text(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        return isPlain(c.getType()) ? HtmlText.plain(c.getValue()) : HtmlText.text(c.getValue());
    }

    private static String content(List<SyndContent> contents) {
        for (SyndContent c : contents) {
            String t = text(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static boolean isPlain(String type) {
        return type != null && (type.equals("text") || type.equals("text/plain"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static URI uriOrNull(String s) {
        try {
            return s == null ? null : new URI(s);
        } catch (Exception e) {
            return null;
        }
    }
}
