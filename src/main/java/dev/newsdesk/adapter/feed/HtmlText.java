package dev.newsdesk.adapter.feed;

import java.util.Locale;
import java.util.Set;

/**
 * Markup to plain text: paragraphs separated by a blank line, list items and {@code <br>} on their own line,
 * entities decoded, whitespace collapsed, script and style dropped. Thread-safe (no state).
 *
 * <p>A single forward scan over the markup, not a DOM: every feed entry carries a few KB of HTML, and building a
 * tree only to walk it once cost most of the parse time. Text only needs to know where blocks start and end, which
 * the tags say without a tree (an unclosed {@code <p>} before the next {@code <p>} breaks the same either way).
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
        Collector c = new Collector(false, html.length());
        scan(html, c);
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
        Collector c = new Collector(true, html.length());
        scan(html, c);
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

    /**
     * Feeds {@code html} to the collector as text runs and tag events. A {@code <} that does not start a tag
     * ("a < b", "<3") is text; comments, doctypes and processing instructions are skipped; the content of dropped
     * elements is skipped up to their end tag (or the end of the input).
     */
    private static void scan(String html, Collector c) {
        int n = html.length();
        int i = 0;
        int textStart = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                c.text(html, textStart, lt);
                int end = html.indexOf("-->", lt + 4);
                i = textStart = end < 0 ? n : end + 3;
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            if (next == '!' || next == '?') {
                c.text(html, textStart, lt);
                int end = html.indexOf('>', lt);
                i = textStart = end < 0 ? n : end + 1;
                continue;
            }
            if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
                i = lt + 1; // not a tag: the '<' stays in the text
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            int tagEnd = tagEnd(html, nameEnd);
            c.text(html, textStart, lt);
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (closing) {
                c.close(name);
            } else if (DROPPED.contains(name)) {
                int end = indexOfIgnoreCase(html, "</" + name, tagEnd);
                tagEnd = end < 0 ? n : tagEnd(html, end + 2 + name.length());
            } else {
                c.open(name, html, nameEnd, tagEnd);
            }
            i = textStart = tagEnd;
        }
        c.text(html, textStart, n);
    }

    /** The index just past the {@code >} that ends a tag whose attributes start at {@code from}; quotes respected. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char ch = html.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        return indexOfIgnoreCase(s, needle, from, s.length());
    }

    /** The first match starting at or after {@code from} and ending at or before {@code to}, or -1. */
    private static int indexOfIgnoreCase(String s, String needle, int from, int to) {
        int max = to - needle.length();
        for (int i = from; i <= max; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    private static boolean isNameChar(char ch) {
        return isAsciiLetter(ch) || (ch >= '0' && ch <= '9') || ch == '-' || ch == ':';
    }

    /** The value of attribute {@code name} inside a start tag's attribute text, entities decoded, or null. */
    private static String attribute(String html, int from, int to, String name) {
        int i = from;
        while (i < to) {
            int at = indexOfIgnoreCase(html, name, i, to);
            if (at < 0) {
                return null;
            }
            int j = at + name.length();
            boolean startsWord = at > from && !isNameChar(html.charAt(at - 1));
            while (j < to && html.charAt(j) == ' ') {
                j++;
            }
            if (startsWord && j < to && html.charAt(j) == '=') {
                j++;
                while (j < to && html.charAt(j) == ' ') {
                    j++;
                }
                char q = j < to ? html.charAt(j) : 0;
                int start = q == '"' || q == '\'' ? j + 1 : j;
                int end = start;
                while (end < to && (q == '"' || q == '\'' ? html.charAt(end) != q
                        : html.charAt(end) != ' ' && html.charAt(end) != '>')) {
                    end++;
                }
                return Entities.decode(html.substring(start, end));
            }
            i = at + name.length();
        }
        return null;
    }

    /** Collects text and pending breaks from the scan's events. */
    private static final class Collector {
        private final StringBuilder sb;
        private final boolean oneLine;
        private int pendingBreak; // 0 none, 1 newline, 2 blank line
        private boolean pendingSpace;

        Collector(boolean oneLine, int capacity) {
            this.oneLine = oneLine;
            this.sb = new StringBuilder(capacity); // text is never longer than its markup
        }

        void text(String html, int from, int to) {
            if (from >= to) {
                return;
            }
            int amp = html.indexOf('&', from);
            if (amp < 0 || amp >= to) {
                append(html, from, to);
            } else {
                append(Entities.decode(html.substring(from, to)), 0, to - from);
            }
        }

        void open(String name, String html, int attrsFrom, int tagEnd) {
            if (name.equals("br")) {
                brk(1);
            } else if (name.equals("img") && oneLine) {
                // titles sometimes carry an emoji as <img alt>
                String alt = attribute(html, attrsFrom, tagEnd, "alt");
                if (alt != null) {
                    append(alt, 0, alt.length());
                }
            } else {
                blockBreak(name);
            }
        }

        void close(String name) {
            blockBreak(name);
            if (name.equals("td") || name.equals("th")) {
                pendingSpace = true;
            }
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

        private void append(String text, int from, int to) {
            for (int i = from; i < to && i < text.length(); i++) {
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
