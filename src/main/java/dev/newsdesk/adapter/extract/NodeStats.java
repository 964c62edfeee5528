package dev.newsdesk.adapter.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed bottom-up in one walk (each element sums its children), so
 * that scoring never re-reads a subtree's text: linear whatever the depth.
 */
final class NodeStats {

    /** Elements that start a block of their own (a div holding none of them reads as a paragraph). */
    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "dl", "li", "table", "tbody", "tr", "td", "blockquote", "pre", "figure", "form",
            "header", "footer", "aside", "nav", "address", "fieldset", "center", "hr");

    /** The measures of one element (mutable only while computed, and by {@link #subtract}). */
    static final class Stat {
        /** Characters of text, whitespace not counted. */
        int text;
        /** Characters of text inside links. */
        int links;
        /** Commas (Latin and CJK) in the text. */
        int commas;
        /** Characters of text not inside a block child: the element's own paragraph text. */
        int inline;
        int paragraphs;
        int images;
        int items;
        int headings;
        boolean hasBlockChild;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }

        void add(Stat o) {
            text += o.text;
            links += o.links;
            commas += o.commas;
            paragraphs += o.paragraphs;
            images += o.images;
            items += o.items;
            headings += o.headings;
        }
    }

    private static final Stat NONE = new Stat();
    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private NodeStats() {
    }

    /** Measures every element under (and including) the root. */
    static NodeStats of(Element root) {
        NodeStats s = new NodeStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    s.stats.put(e, s.measure(e));
                }
            }
        }, root);
        return s;
    }

    /** The measures of an element; all zero for one not measured. */
    Stat get(Element e) {
        return stats.getOrDefault(e, NONE);
    }

    /** Takes a removed element's measures out of its ancestors up to (and including) the root. */
    void subtract(Element removed, Element parent, Element root) {
        Stat r = get(removed);
        for (Element p = parent; p != null; p = p.parent()) {
            Stat s = stats.get(p);
            if (s != null) {
                s.text -= r.text;
                s.links -= r.links;
                s.commas -= r.commas;
                s.paragraphs -= r.paragraphs;
                s.images -= r.images;
                s.items -= r.items;
                s.headings -= r.headings;
            }
            if (p == root) {
                break;
            }
        }
    }

    private Stat measure(Element e) {
        Stat s = new Stat();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (!Character.isWhitespace(c) && c != '\u00a0') {
                        s.text++;
                        s.inline++;
                        if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                            s.commas++;
                        }
                    }
                }
            } else if (child instanceof Element ce) {
                Stat cs = get(ce);
                s.add(cs);
                if (BLOCK.contains(ce.normalName())) {
                    s.hasBlockChild = true;
                } else {
                    s.inline += cs.inline;
                }
            }
        }
        String name = e.normalName();
        switch (name) {
            case "a" -> s.links = s.text;
            case "p" -> s.paragraphs++;
            case "img" -> s.images++;
            case "li" -> s.items++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headings++;
            default -> { }
        }
        return s;
    }
}
