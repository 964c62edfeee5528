package dev.newsdesk.adapter.feed;

import dev.newsdesk.app.SourceImport;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OPML subscription lists, the format feed readers import and export. Reading takes every {@code outline} with an
 * {@code xmlUrl} at any depth; an outline without one is a folder, and its {@code title} (or {@code text}) is the
 * category of the feeds under it (nested folders joined with " / "). XML is read by {@link SafeXml}: no DOCTYPE, no
 * entities. Writing gives OPML 2.0 with one folder outline per category.
 */
public final class Opml {
    /** Outlines read at most: a subscription list of tens of thousands of feeds is not one a person keeps. */
    public static final int MAX_OUTLINES = 20_000;
    /** Folder depth followed at most; deeper outlines are ignored. */
    static final int MAX_DEPTH = 32;

    private Opml() {
    }

    /** The file is not OPML (not XML, or no {@code opml}/{@code body} root). */
    public static final class OpmlException extends Exception {
        OpmlException(String message) {
            super(message);
        }
    }

    /** The feeds of an OPML document, in document order. */
    public static List<SourceImport.Feed> read(byte[] xml) throws OpmlException {
        Document doc;
        try {
            doc = SafeXml.parse(xml);
        } catch (JDOMException e) {
            throw new OpmlException("not well-formed XML: " + e.getMessage());
        }
        Element root = doc.getRootElement();
        if (!root.getName().equalsIgnoreCase("opml")) {
            throw new OpmlException("the root element is <" + root.getName() + ">, not <opml>");
        }
        Element body = child(root, "body");
        if (body == null) {
            throw new OpmlException("no <body> in the <opml> document");
        }
        List<SourceImport.Feed> feeds = new ArrayList<>();
        // depth-first without recursion: a hostile file cannot grow the stack
        Deque<Object[]> todo = new ArrayDeque<>();
        pushChildren(todo, body, null, 0);
        int seen = 0;
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            Element o = (Element) next[0];
            String category = (String) next[1];
            int depth = (int) next[2];
            if (++seen > MAX_OUTLINES) {
                throw new OpmlException("more than " + MAX_OUTLINES + " outlines");
            }
            String title = firstNonBlank(attr(o, "title"), attr(o, "text"));
            String xmlUrl = attr(o, "xmlUrl");
            if (xmlUrl != null && !xmlUrl.isBlank()) {
                String cat = firstNonBlank(category, attr(o, "category"));
                feeds.add(new SourceImport.Feed(title, xmlUrl, attr(o, "htmlUrl"), cat));
            } else if (depth < MAX_DEPTH) {
                String folder = title == null ? category : category == null ? title : category + " / " + title;
                pushChildren(todo, o, folder, depth + 1);
            }
        }
        return feeds;
    }

    private static void pushChildren(Deque<Object[]> todo, Element parent, String category, int depth) {
        List<Element> outlines = new ArrayList<>();
        for (Element e : parent.getChildren()) {
            if (e.getName().equalsIgnoreCase("outline")) {
                outlines.add(e);
            }
        }
        for (int i = outlines.size() - 1; i >= 0; i--) {
            todo.push(new Object[]{outlines.get(i), category, depth});
        }
    }

    /**
     * Writes the feed sources as OPML 2.0 (HTML-page sources need selectors OPML cannot carry and are left out).
     *
     * @return how many sources were written
     */
    public static int write(List<Source> sources, String title, Instant now, OutputStream out) {
        Map<String, List<Source>> byCategory = new LinkedHashMap<>();
        List<Source> loose = new ArrayList<>();
        for (Source s : sources) {
            if (s.type() != SourceType.FEED) {
                continue;
            }
            if (s.category() == null) {
                loose.add(s);
            } else {
                byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
            }
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("opml");
            x.writeAttribute("version", "2.0");
            x.writeCharacters("\n  ");
            x.writeStartElement("head");
            element(x, "title", title);
            element(x, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeStartElement("body");
            for (Map.Entry<String, List<Source>> c : byCategory.entrySet()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("outline");
                x.writeAttribute("text", c.getKey());
                x.writeAttribute("title", c.getKey());
                for (Source s : c.getValue()) {
                    feed(x, s, "\n      ");
                }
                x.writeCharacters("\n    ");
                x.writeEndElement();
            }
            for (Source s : loose) {
                feed(x, s, "\n    ");
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            w.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("opml: cannot write: " + e.getMessage(), e));
        }
        return loose.size() + byCategory.values().stream().mapToInt(List::size).sum();
    }

    private static void feed(XMLStreamWriter x, Source s, String indent) throws XMLStreamException {
        x.writeCharacters(indent);
        x.writeEmptyElement("outline");
        x.writeAttribute("type", "rss");
        x.writeAttribute("text", s.name());
        x.writeAttribute("title", s.name());
        x.writeAttribute("xmlUrl", s.url());
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static Element child(Element parent, String name) {
        for (Element e : parent.getChildren()) {
            if (e.getName().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    /** An attribute by name, ignoring case (exports in the wild write xmlurl and XMLURL too). */
    private static String attr(Element e, String name) {
        for (org.jdom2.Attribute a : e.getAttributes()) {
            if (a.getName().equalsIgnoreCase(name)) {
                return a.getValue();
            }
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }
}
