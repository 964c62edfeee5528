package dev.newsdesk.adapter.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a content element: every block (paragraph, heading, list item, table row, quote) becomes one paragraph,
 * paragraphs are separated by a blank line, {@code <br>} is a line break, whitespace is collapsed. One iterative
 * walk, so any depth and size is linear. Thread-safe (no state).
 */
final class TextRenderer {

    /** Elements whose start and end break the paragraph. */
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "table", "tr", "ul", "ol", "dl", "dt", "dd", "li", "section", "article", "header", "footer", "figure",
            "figcaption", "hr", "address", "aside", "nav", "main", "form", "fieldset", "details", "summary",
            "caption", "center", "body", "html", "noscript", "picture", "video", "audio");
    /** Table cells: a space between them, not a new paragraph. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private TextRenderer() {
    }

    /** The element's text as paragraphs separated by "\n\n"; empty (never null) when it holds no text. */
    static String render(Element root) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        return c.result();
    }

    private static final class Collector implements NodeVisitor {
        private final StringBuilder sb = new StringBuilder();
        /** 0 nothing pending, 1 a space, 2 a line break, 3 a paragraph break. */
        private int pending;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCKS.contains(name)) {
                    brk(3);
                } else if (name.equals("br")) {
                    brk(2);
                } else if (CELLS.contains(name)) {
                    brk(1);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCKS.contains(name)) {
                    brk(3);
                } else if (CELLS.contains(name)) {
                    brk(1);
                }
            }
        }

        private void brk(int kind) {
            pending = Math.max(pending, kind);
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                    brk(1);
                    continue;
                }
                if (sb.length() > 0) {
                    switch (pending) {
                        case 3 -> sb.append("\n\n");
                        case 2 -> sb.append('\n');
                        case 1 -> sb.append(' ');
                        default -> { }
                    }
                }
                pending = 0;
                sb.append(c);
            }
        }

        String result() {
            return sb.toString();
        }
    }
}
