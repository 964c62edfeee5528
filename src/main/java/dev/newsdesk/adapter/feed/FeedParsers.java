package dev.newsdesk.adapter.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.rometools.rome.io.FeedException;
import dev.newsdesk.app.FeedParseException;
import dev.newsdesk.app.FeedParser;
import dev.newsdesk.core.item.ParsedFeed;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.filter.Filters;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jsoup.select.Selector;

/**
 * The {@link FeedParser} for every format newsdesk reads: sniffs the body, then hands it to the reader for JSON Feed
 * ({@link JsonFeedReader}), RSS/RDF/Atom (hardened XML, {@link XmlHealer} on failure, then {@link RomeFeedReader}) or,
 * for sources of type html, an HTML page read with CSS selectors ({@link HtmlPageReader}).
 *
 * <p>Thread-safe: one instance serves all fetch threads.
 */
public final class FeedParsers implements FeedParser {

    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private final RomeFeedReader rome = new RomeFeedReader();
    /** Null when plain RSS 2.0 goes through ROME too (tests compare the two readers). */
    private final Rss20Reader rss20;
    private final JsonFeedReader json = new JsonFeedReader();
    private final HtmlPageReader html = new HtmlPageReader();

    /** Creates the parser; cheap, and one instance is enough for the whole process. */
    public FeedParsers() {
        this(true);
    }

    /** @param plainRss20 whether plain RSS 2.0 is read by {@link Rss20Reader} (false: by ROME, as everything else) */
    FeedParsers(boolean plainRss20) {
        this.rss20 = plainRss20 ? new Rss20Reader() : null;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Never throws anything but {@link FeedParseException}: empty bodies, random bytes and HTML pages given as a
     * feed are {@code notAFeed}; a feed that stays broken after repair is not, and the message says where.
     */
    @Override
    public ParsedFeed parse(byte[] body, String contentType, String baseUrl, Source source)
            throws FeedParseException {
        try {
            if (source != null && source.type() == SourceType.HTML) {
                return readHtmlPage(body == null ? new byte[0] : body, contentType, baseUrl, source);
            }
            return switch (BodySniffer.sniff(body)) {
                case EMPTY -> throw new FeedParseException("feed: empty body", true);
                case JSON -> readJson(body);
                case MARKUP -> readXml(body, contentType, baseUrl);
                case OTHER -> throw new FeedParseException("feed: neither XML nor JSON (" + head(body) + ")", true);
            };
        } catch (FeedParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in a library must cost one feed, not the fetch thread
            throw new FeedParseException("feed: parser failed: " + e, false, e);
        }
    }

    private ParsedFeed readHtmlPage(byte[] body, String contentType, String baseUrl, Source source)
            throws FeedParseException {
        try {
            return html.read(body, contentType, baseUrl, source.selectors());
        } catch (Selector.SelectorParseException e) {
            throw new FeedParseException("html: source " + source.id() + " has a bad selector: " + e.getMessage(),
                    false, e);
        }
    }

    private ParsedFeed readJson(byte[] body) throws FeedParseException {
        try {
            return json.read(body);
        } catch (JsonFeedReader.NotJsonFeed e) {
            throw new FeedParseException("feed: " + e.getMessage(), true, e);
        } catch (JsonProcessingException e) {
            throw new FeedParseException("feed: broken JSON Feed: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()), false, e);
        } catch (IOException e) {
            throw new FeedParseException("feed: unreadable JSON: " + e.getMessage(), false, e);
        }
    }

    private ParsedFeed readXml(byte[] body, String contentType, String baseUrl) throws FeedParseException {
        String text = XmlHealer.dropDoctype(XmlHealer.stripLeading(BodyText.decode(body, contentType)));
        Document doc;
        try {
            doc = SafeXml.parse(text);
        } catch (JDOMException strict) {
            try {
                doc = SafeXml.parse(XmlHealer.heal(text));
            } catch (JDOMException healed) {
                if (looksLikeHtml(text)) {
                    throw new FeedParseException("feed: an HTML page, not a feed", true, healed);
                }
                throw new FeedParseException("feed: broken XML even after repair: " + describe(strict), false,
                        strict);
            }
        }
        Element root = doc.getRootElement();
        if (root.getName().equalsIgnoreCase("html")) {
            throw new FeedParseException("feed: an HTML page, not a feed", true);
        }
        ParsedFeed plain = rss20 == null ? null : rss20.read(root, baseUrl);
        if (plain != null) {
            return plain;
        }
        try {
            return rome.read(doc, baseUrl);
        } catch (RomeFeedReader.UnknownFormat e) {
            if (coerce(doc)) {
                try {
                    return rome.read(doc, baseUrl);
                } catch (RomeFeedReader.UnknownFormat | FeedException again) {
                    // fall through to the original message
                }
            }
            throw new FeedParseException("feed: " + e.getMessage(), true, e);
        } catch (FeedException e) {
            // ROME's Atom parser gives up on an empty link href while looking for the base URI; drop such links
            if (dropEmptyLinks(root)) {
                try {
                    return rome.read(doc, baseUrl);
                } catch (RomeFeedReader.UnknownFormat | FeedException again) {
                    // fall through to the original message
                }
            }
            throw new FeedParseException("feed: invalid feed: " + e.getMessage(), false, e);
        }
    }

    private static boolean dropEmptyLinks(Element root) {
        List<Element> empty = new ArrayList<>();
        for (Element e : root.getDescendants(Filters.element("link", root.getNamespace()))) {
            String href = e.getAttributeValue("href");
            if (href == null || href.isBlank()) {
                empty.add(e);
            }
        }
        empty.forEach(Element::detach);
        return !empty.isEmpty();
    }

    /**
     * Makes near-feeds readable by ROME: {@code <rss>} without a known version is read as RSS 2.0, {@code <feed>}
     * without the Atom namespace as Atom 1.0. Returns false when nothing applies.
     */
    private static boolean coerce(Document doc) {
        Element root = doc.getRootElement();
        if (root.getName().equals("rss")) {
            root.setAttribute("version", "2.0");
            return true;
        }
        if (root.getName().equals("feed") && !root.getNamespaceURI().equals(ATOM_10.getURI())) {
            Namespace own = root.getNamespace();
            for (Element e : root.getDescendants(Filters.element())) {
                if (e.getNamespace().equals(own)) {
                    e.setNamespace(ATOM_10);
                }
            }
            root.setNamespace(ATOM_10);
            return true;
        }
        return false;
    }

    private static boolean looksLikeHtml(String text) {
        String root = XmlHealer.rootName(text);
        if (root != null && root.toLowerCase(Locale.ROOT).equals("html")) {
            return true;
        }
        int limit = Math.min(text.length(), 2048);
        return XmlHealer.indexOfIgnoreCase(text, "<html", 0, limit) >= 0
                || XmlHealer.indexOfIgnoreCase(text, "<!doctype html", 0, limit) >= 0
                || XmlHealer.indexOfIgnoreCase(text, "<head", 0, limit) >= 0;
    }

    private static String describe(JDOMException e) {
        if (e instanceof JDOMParseException p && p.getLineNumber() > 0) {
            Throwable c = p.getCause() != null ? p.getCause() : p;
            return c.getMessage() + " (line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ")";
        }
        return e.getMessage();
    }

    /** The first bytes of a body, printable, for messages. */
    private static String head(byte[] body) {
        StringBuilder sb = new StringBuilder("starts with ");
        for (int i = 0; i < Math.min(12, body.length); i++) {
            int b = body[i] & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return sb.toString();
    }
}
