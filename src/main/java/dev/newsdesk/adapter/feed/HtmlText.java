package dev.newsdesk.adapter.feed;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Markup to plain text: paragraphs separated by a blank line, list items and {@code <br>} on their own line,
 * entities decoded, whitespace collapsed, script and style dropped. Thread-safe (no state).
 */
final class HtmlText {

    /** Block elements that start a new paragraph. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "ul", "ol", "dl", "section", "article", "header", "footer", "figure",
            "figcaption", "hr", "address", "aside", "nav", "main", "form", "fieldset", "details", "summary");
    /** Block elements that only start a new line. */
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption", "option");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "iframe",
            "object", "embed", "svg", "math", "select", "button");

    private HtmlText() {
    }

    /**
     * Plain text of an HTML fragment, paragraphs separated by a blank line.
     *
     * @return the text, or null when the input is null or holds no text
     */
    static String text(String html) {
        if (html == null) {
            return null;
        }
        if (!hasMarkup(html)) {
            return plain(html);
        }
        Element body = Parser.parseBodyFragment(html, "").body();
        Collector c = new Collector(false);
        body.filter(c);
        return c.result();
    }

    /**
     * A one-line text (titles, names): markup and entities removed, all whitespace collapsed to single spaces.
     *
     * @return the text, or null when the input is null or holds no text
     */
    static String line(String html) {
        if (html == null) {
            return null;
        }
        if (!hasMarkup(html)) {
            return collapse(html, true);
        }
        Element body = Parser.parseBodyFragment(html, "").body();
        Collector c = new Collector(true);
        body.filter(c);
        return c.result();
    }

    /**
     * Text that is already plain (Atom {@code type="text"}, JSON Feed {@code content_text}): only whitespace is
     * tidied; blank lines are kept as paragraph breaks.
     */
    static String plain(String text) {
        return collapse(text, false);
    }

    /** A one-line version of plain text. */
    static String plainLine(String text) {
        return collapse(text, true);
    }

    private static boolean hasMarkup(String s) {
        return s.indexOf('<') >= 0 || s.indexOf('&') >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\f' || c == '\u2028';
    }

    /** Collapses runs of blanks; in paragraph mode, two or more newlines become one blank line. */
    private static String collapse(String s, boolean oneLine) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (c == '\n') {
                    newlines++;
                }
                space = true;
                continue;
            }
            if (sb.length() > 0) {
                if (!oneLine && newlines >= 2) {
                    sb.append("\n\n");
                } else if (!oneLine && newlines == 1) {
                    sb.append('\n');
                } else if (space) {
                    sb.append(' ');
                }
            }
            newlines = 0;
            space = false;
            sb.append(c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Walks the tree once, appending text and pending breaks. */
    private static final class Collector implements NodeFilter {
        private final StringBuilder sb = new StringBuilder();
        private final boolean oneLine;
        private int pendingBreak; // 0 none, 1 newline, 2 blank line
        private boolean pendingSpace;

        Collector(boolean oneLine) {
            this.oneLine = oneLine;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (DROPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br")) {
                    brk(1);
                } else if (name.equals("img") && e.hasAttr("alt") && oneLine) {
                    // titles sometimes carry an emoji as <img alt>
                    append(e.attr("alt"));
                } else {
                    blockBreak(name);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                blockBreak(e.normalName());
                if (e.normalName().equals("td") || e.normalName().equals("th")) {
                    pendingSpace = true;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void blockBreak(String name) {
            if (PARAGRAPHS.contains(name)) {
                brk(2);
            } else if (LINES.contains(name)) {
                brk(1);
            }
        }

        private void brk(int kind) {
            if (oneLine) {
                pendingSpace = true;
            } else if (sb.length() > 0) {
                pendingBreak = Math.max(pendingBreak, kind);
            }
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    pendingSpace = true;
                    continue;
                }
                if (sb.length() > 0) {
                    if (pendingBreak == 2) {
                        sb.append("\n\n");
                    } else if (pendingBreak == 1) {
                        sb.append('\n');
                    } else if (pendingSpace) {
                        sb.append(' ');
                    }
                }
                pendingBreak = 0;
                pendingSpace = false;
                sb.append(c);
            }
        }

        String result() {
            return sb.length() == 0 ? null : sb.toString();
        }
    }
}
