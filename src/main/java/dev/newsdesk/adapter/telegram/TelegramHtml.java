package dev.newsdesk.adapter.telegram;

import dev.newsdesk.app.chat.MessageRenderer;
import dev.newsdesk.core.chat.Block;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.Escapes;
import dev.newsdesk.core.chat.Inline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Renders messages as Telegram HTML (parse_mode HTML): {@code &}, {@code <}, {@code >} escaped in all text and
 * {@code "} in attributes, only Telegram's tags. Long messages are split at block (or list item) boundaries into
 * parts of at most {@link #LIMIT} characters of HTML — conservative, since Telegram counts the text after entity
 * parsing — and a single block longer than that is split at a text boundary with its tags closed and reopened, never
 * inside a tag or an entity.
 */
public final class TelegramHtml implements MessageRenderer {
    /** Telegram's limit for one message, in UTF-16 code units. */
    public static final int LIMIT = 4096;
    private final int limit;

    public TelegramHtml() {
        this(LIMIT);
    }

    /** For tests: a smaller part size. */
    TelegramHtml(int limit) {
        this.limit = limit;
    }

    @Override
    public String format() {
        return "html";
    }

    /** A unit that is never split unless it alone is too long, and the separator written before it. */
    private record Unit(String separator, String html) {
    }

    @Override
    public List<String> render(ChatMessage message) {
        List<Unit> units = new ArrayList<>();
        for (Block b : message.blocks()) {
            units.addAll(units(b, units.isEmpty() ? "" : "\n\n"));
        }
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (Unit u : units) {
            String sep = cur.length() == 0 ? "" : u.separator();
            if (cur.length() + sep.length() + u.html().length() <= limit) {
                cur.append(sep).append(u.html());
                continue;
            }
            if (cur.length() > 0) {
                parts.add(cur.toString());
                cur.setLength(0);
            }
            if (u.html().length() <= limit) {
                cur.append(u.html());
            } else {
                List<String> pieces = splitHtml(u.html(), limit);
                parts.addAll(pieces.subList(0, pieces.size() - 1));
                cur.append(pieces.get(pieces.size() - 1));
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        if (parts.isEmpty()) {
            parts.add("…");
        }
        return parts;
    }

    private static List<Unit> units(Block b, String sep) {
        List<Unit> out = new ArrayList<>();
        if (b instanceof Block.Heading h) {
            StringBuilder s = new StringBuilder();
            for (Inline i : h.content()) {
                s.append(i instanceof Inline.Text t ? "<b>" + escape(t.text()) + "</b>" : inline(i));
            }
            out.add(new Unit(sep, s.toString()));
        } else if (b instanceof Block.Paragraph p) {
            out.add(new Unit(sep, inlines(p.content())));
        } else if (b instanceof Block.Quote q) {
            out.add(new Unit(sep, "<blockquote>" + inlines(q.content()) + "</blockquote>"));
        } else if (b instanceof Block.Divider) {
            out.add(new Unit(sep, "──────────"));
        } else if (b instanceof Block.ListBlock l) {
            int n = l.start();
            for (List<Inline> item : l.items()) {
                String mark = l.start() > 0 ? (n++) + ". " : "• ";
                out.add(new Unit(out.isEmpty() ? sep : "\n", mark + inlines(item)));
            }
        } else if (b instanceof Block.Buttons bs) {
            StringBuilder s = new StringBuilder();
            for (Block.Button button : bs.buttons()) {
                s.append(s.length() == 0 ? "" : " · ").append(escape(button.label())).append(": ")
                        .append(escape(button.command()));
            }
            out.add(new Unit(sep, s.toString()));
        }
        return out;
    }

    private static String inlines(List<Inline> content) {
        StringBuilder s = new StringBuilder();
        content.forEach(i -> s.append(inline(i)));
        return s.toString();
    }

    private static String inline(Inline i) {
        if (i instanceof Inline.Text t) {
            return escape(t.text());
        }
        if (i instanceof Inline.Emphasis e) {
            String tag = switch (e.style()) {
                case BOLD -> "b";
                case ITALIC -> "i";
                case CODE -> "code";
            };
            return "<" + tag + ">" + escape(e.text()) + "</" + tag + ">";
        }
        Inline.Link l = (Inline.Link) i;
        // a link must fit in a part with its text; absurdly long URLs are shown as text
        if (!l.url().startsWith("http://") && !l.url().startsWith("https://") || l.url().length() > 1024) {
            return escape(l.text());
        }
        return "<a href=\"" + escapeAttribute(l.url()) + "\">" + escape(l.text()) + "</a>";
    }

    /** Text for Telegram HTML: {@code &}, {@code <} and {@code >} as entities. */
    public static String escape(String s) {
        return Escapes.angles(s);
    }

    /** An attribute value: like {@link #escape} and {@code "} as {@code &quot;}. */
    public static String escapeAttribute(String s) {
        return escape(s).replace("\"", "&quot;");
    }

    /**
     * Splits one block of HTML into pieces of at most {@code limit} characters: tags and entities are atomic, open
     * tags are closed at the end of a piece and reopened at the start of the next, text is cut at a line break or
     * space when one is near, and never inside a surrogate pair.
     */
    static List<String> splitHtml(String html, int limit) {
        List<String> out = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, opening tag}
        StringBuilder cur = new StringBuilder();
        int closeLen = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i) + 1;
                String tag = html.substring(i, end);
                if (tag.startsWith("</")) {
                    cur.append(tag);
                    closeLen -= tag.length();
                    open.pop();
                } else {
                    String name = tag.substring(1, tag.length() - 1).split("[ >]")[0];
                    int closing = name.length() + 3;
                    if (cur.length() + tag.length() + closeLen + closing > limit && hasContent(cur, open)) {
                        closeLen = flush(out, cur, open, closeLen);
                    }
                    cur.append(tag);
                    open.push(new String[] {name, tag});
                    closeLen += closing;
                }
                i = end;
            } else if (c == '&') {
                int end = html.indexOf(';', i) + 1;
                if (cur.length() + (end - i) + closeLen > limit && hasContent(cur, open)) {
                    closeLen = flush(out, cur, open, closeLen);
                }
                cur.append(html, i, end);
                i = end;
            } else {
                int end = i;
                while (end < html.length() && html.charAt(end) != '<' && html.charAt(end) != '&') {
                    end++;
                }
                String text = html.substring(i, end);
                while (!text.isEmpty()) {
                    int room = limit - cur.length() - closeLen;
                    if (text.length() <= room) {
                        cur.append(text);
                        break;
                    }
                    if (room <= 0 && hasContent(cur, open)) {
                        closeLen = flush(out, cur, open, closeLen);
                        continue;
                    }
                    // tags alone fill a part (only with absurd limits): still make progress, one character at least
                    room = Math.max(room, 1);
                    int cut = cut(text, room);
                    cur.append(text, 0, cut);
                    closeLen = flush(out, cur, open, closeLen);
                    text = text.substring(cut);
                }
                i = end;
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean hasContent(StringBuilder cur, Deque<String[]> open) {
        int reopened = 0;
        for (String[] t : open) {
            reopened += t[1].length();
        }
        return cur.length() > reopened;
    }

    /** Closes the open tags, ends the piece, and starts the next with the same tags reopened; returns closeLen. */
    private static int flush(List<String> out, StringBuilder cur, Deque<String[]> open, int closeLen) {
        for (String[] t : open) {
            cur.append("</").append(t[0]).append('>');
        }
        out.add(cur.toString());
        cur.setLength(0);
        for (Iterator<String[]> it = open.descendingIterator(); it.hasNext();) {
            cur.append(it.next()[1]);
        }
        return closeLen;
    }

    /**
     * Where to cut {@code text} to keep at most {@code room} characters: after a line break or space in the second
     * half of the room, never inside a surrogate pair, and at least one character in.
     */
    static int cut(String text, int room) {
        int at = room;
        int space = Math.max(text.lastIndexOf('\n', room - 1), text.lastIndexOf(' ', room - 1));
        if (space >= room / 2) {
            at = space + 1;
        }
        if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        return Math.max(at, 1);
    }
}
