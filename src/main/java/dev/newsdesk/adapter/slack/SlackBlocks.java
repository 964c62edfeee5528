package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.app.chat.MessageRenderer;
import dev.newsdesk.core.chat.Block;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.Escapes;
import dev.newsdesk.core.chat.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders messages as Slack Block Kit: each part is a JSON payload {@code {"text": fallback, "blocks": [...]}} for
 * {@code chat.postMessage}. Headings become {@code header} blocks, paragraphs {@code section} blocks in mrkdwn (with
 * {@code &}, {@code <}, {@code >} escaped), a story in a list a section (with a "Summary" button for numbered
 * stories) followed by a {@code context} block with its outlets and impact, dividers {@code divider} blocks and
 * buttons an {@code actions} block whose buttons carry the command in {@code value}.
 *
 * <p>Block Kit's limits are kept: at most {@link #MAX_BLOCKS} blocks a message, {@link #MAX_TEXT} characters a
 * section or context text, {@link #MAX_HEADER} a header. A longer message is split over several at block boundaries
 * (a heading stays with what follows it, a story's section with its context), and a paragraph longer than a section
 * is split between runs of text, never inside a link or an escape.
 */
public final class SlackBlocks implements MessageRenderer {
    public static final String FORMAT = "slack";
    /** Prefix of the {@code action_id} of every command button; the rest keeps ids unique within a message. */
    public static final String ACTION_PREFIX = "newsdesk-cmd-";
    static final int MAX_BLOCKS = 50;
    static final int MAX_TEXT = 3000;
    static final int MAX_HEADER = 150;
    private static final int MAX_BUTTONS = 25;
    private static final int MAX_BUTTON_LABEL = 75;
    private static final int MAX_BUTTON_VALUE = 2000;
    /**
     * Text of all blocks of one message together. Slack documents no number but refuses very long block messages
     * ({@code msg_blocks_too_long}); this stays well under what it accepts.
     */
    static final int MAX_MESSAGE_TEXT = 12_000;
    /** The {@code text} fallback shown in notifications: the start of the part's text. */
    private static final int MAX_FALLBACK = 3000;
    private static final int MAX_URL = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<[^<>|]+\\|([^<>]*)>");

    private final int sectionLimit;

    public SlackBlocks() {
        this(MAX_TEXT);
    }

    /** For tests: a smaller section size. */
    SlackBlocks(int sectionLimit) {
        this.sectionLimit = Math.min(sectionLimit, MAX_TEXT);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Blocks that go into the same message, the characters of text they hold and their plain text (for the
     * fallback); {@code keepWithNext} for headings.
     */
    private record Unit(List<ObjectNode> blocks, int chars, String plain, boolean keepWithNext) {
        Unit merge(Unit next) {
            List<ObjectNode> all = new ArrayList<>(blocks);
            all.addAll(next.blocks);
            return new Unit(all, chars + next.chars, plain + "\n" + next.plain, next.keepWithNext);
        }
    }

    @Override
    public List<String> render(ChatMessage message) {
        Buttons buttons = new Buttons();
        List<Unit> units = new ArrayList<>();
        for (Block b : message.blocks()) {
            units.addAll(units(b, buttons));
        }
        units = keepHeadingsWithNext(units);
        List<String> parts = new ArrayList<>();
        List<Unit> cur = new ArrayList<>();
        int blocks = 0;
        int chars = 0;
        for (Unit u : units) {
            if (!cur.isEmpty() && (blocks + u.blocks().size() > MAX_BLOCKS || chars + u.chars() > MAX_MESSAGE_TEXT)) {
                parts.add(payload(cur));
                cur.clear();
                blocks = 0;
                chars = 0;
            }
            cur.add(u);
            blocks += u.blocks().size();
            chars += u.chars();
        }
        if (!cur.isEmpty()) {
            parts.add(payload(cur));
        }
        if (parts.isEmpty()) {
            parts.add(payload(List.of(section("…"))));
        }
        return parts;
    }

    private static List<Unit> keepHeadingsWithNext(List<Unit> units) {
        List<Unit> out = new ArrayList<>();
        Unit pending = null;
        for (Unit u : units) {
            Unit joined = pending == null ? u : pending.merge(u);
            if (pending != null && (joined.blocks().size() > MAX_BLOCKS || joined.chars() > MAX_MESSAGE_TEXT)) {
                out.add(pending);
                joined = u;
            }
            if (joined.keepWithNext()) {
                pending = joined;
            } else {
                out.add(joined);
                pending = null;
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static String payload(List<Unit> units) {
        ObjectNode root = JSON.createObjectNode();
        StringBuilder plain = new StringBuilder();
        ArrayNode blocks = JSON.createArrayNode();
        for (Unit u : units) {
            plain.append(plain.length() == 0 ? "" : "\n").append(u.plain());
            u.blocks().forEach(blocks::add);
        }
        String fallback = plain.toString().strip();
        root.put("text", fallback.isEmpty() ? "…" : escape(shorten(fallback, MAX_FALLBACK)));
        root.set("blocks", blocks);
        return root.toString();
    }

    private List<Unit> units(Block b, Buttons buttons) {
        List<Unit> out = new ArrayList<>();
        if (b instanceof Block.Heading h) {
            String text = shorten(plainOf(h.content()).strip(), MAX_HEADER);
            if (!text.isEmpty()) {
                ObjectNode header = JSON.createObjectNode().put("type", "header");
                header.set("text", plainText(text));
                out.add(new Unit(List.of(header), text.length(), text, true));
            }
        } else if (b instanceof Block.Paragraph p) {
            out.addAll(sections(atoms(p.content()), ""));
        } else if (b instanceof Block.Quote q) {
            List<String> atoms = new ArrayList<>();
            for (String a : atoms(q.content())) {
                atoms.add(a.replace("\n", "\n>"));
            }
            out.addAll(sections(atoms, ">"));
        } else if (b instanceof Block.Divider) {
            out.add(new Unit(List.of(JSON.createObjectNode().put("type", "divider")), 0, "", false));
        } else if (b instanceof Block.ListBlock l) {
            out.addAll(list(l, buttons));
        } else if (b instanceof Block.Buttons bs) {
            out.addAll(actions(bs.buttons(), buttons));
        }
        return out;
    }

    /** Sections of at most {@link #sectionLimit} characters, each its own unit, from atoms never split. */
    private List<Unit> sections(List<String> atoms, String linePrefix) {
        List<Unit> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder(linePrefix);
        for (String atom : atoms) {
            if (cur.length() + atom.length() > sectionLimit && cur.length() > linePrefix.length()) {
                out.add(section(cur.toString()));
                cur.setLength(0);
                cur.append(linePrefix);
            }
            cur.append(atom);
        }
        if (cur.toString().strip().length() > linePrefix.length()) {
            out.add(section(cur.toString()));
        }
        return out;
    }

    private static Unit section(String mrkdwn) {
        ObjectNode s = JSON.createObjectNode().put("type", "section");
        s.set("text", mrkdwn(mrkdwn));
        return new Unit(List.of(s), mrkdwn.length(), unmark(mrkdwn), false);
    }

    /** The text a section shows, for the fallback: links as their labels, escapes undone. */
    private static String unmark(String mrkdwn) {
        return LINK.matcher(mrkdwn).replaceAll("$1").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /**
     * A list: stories (an item whose first run is a link or bold title, followed by more lines) as a section and a
     * context block each; other items as lines packed into sections.
     */
    private List<Unit> list(Block.ListBlock l, Buttons buttons) {
        List<Unit> out = new ArrayList<>();
        List<String> atoms = new ArrayList<>();
        int n = l.start();
        for (List<Inline> item : l.items()) {
            String mark = l.start() > 0 ? n + "." : "•";
            Unit story = story(item, mark, l.start() > 0 ? n : 0, buttons);
            n++;
            if (story != null) {
                if (!atoms.isEmpty()) {
                    out.addAll(sections(atoms, ""));
                    atoms.clear();
                }
                out.add(story);
                continue;
            }
            atoms.add((atoms.isEmpty() ? "" : "\n") + (l.start() > 0 ? "*" + mark + "* " : mark + " "));
            atoms.addAll(atoms(item));
        }
        if (!atoms.isEmpty()) {
            out.addAll(sections(atoms, ""));
        }
        return out;
    }

    /**
     * A story item as a section (title and body) and a context (the byline, i.e. the item's second line, and its
     * market-impact badge); null when the item is not shaped like a story or too long for one section.
     */
    private Unit story(List<Inline> item, String mark, int number, Buttons buttons) {
        if (item.size() < 2 || !(item.get(0) instanceof Inline.Link || item.get(0) instanceof Inline.Emphasis e
                && e.style() == Inline.Style.BOLD)) {
            return null;
        }
        // lines of runs: runs holding "\n" are cut at the line breaks
        List<List<Inline>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        String badge = null;
        for (int i = 0; i < item.size(); i++) {
            Inline in = item.get(i);
            if (i == item.size() - 1 && i > 1 && in instanceof Inline.Text t && isBadge(t.text())) {
                badge = t.text().strip();
                continue;
            }
            if (!(in instanceof Inline.Text t)) {
                lines.get(lines.size() - 1).add(in);
                continue;
            }
            String[] pieces = t.text().split("\n", -1);
            for (int k = 0; k < pieces.length; k++) {
                if (k > 0) {
                    lines.add(new ArrayList<>());
                }
                if (!pieces[k].isEmpty()) {
                    lines.get(lines.size() - 1).add(Inline.text(pieces[k]));
                }
            }
        }
        if (lines.size() < 2) {
            return null;
        }
        StringBuilder text = new StringBuilder(number > 0 ? "*" + mark + "* " : mark + " ");
        text.append(String.join("", atoms(lines.get(0))));
        for (List<Inline> line : lines.subList(2, lines.size())) {
            text.append('\n').append(String.join("", atoms(line)));
        }
        String context = String.join("", atoms(lines.get(1))).strip();
        if (badge != null) {
            context = context.isEmpty() ? escape(badge) : context + " · " + escape(badge);
        }
        if (text.length() > sectionLimit || context.length() > MAX_TEXT) {
            return null;
        }
        ObjectNode section = JSON.createObjectNode().put("type", "section");
        section.set("text", mrkdwn(text.toString()));
        if (number > 0 && item.get(0) instanceof Inline.Link) {
            section.set("accessory", buttons.button("Summary", "summary " + number));
        }
        List<ObjectNode> blocks = new ArrayList<>(List.of(section));
        if (!context.isEmpty()) {
            ObjectNode ctx = JSON.createObjectNode().put("type", "context");
            ctx.putArray("elements").add(mrkdwn(context));
            blocks.add(ctx);
        }
        String plain = mark + " " + plainOf(item);
        return new Unit(blocks, text.length() + context.length(), plain, false);
    }

    /** {@code ▲ positive · Chips}, {@code ▼ negative}, {@code ● impact uncertain}: see {@code ImpactBadge}. */
    private static boolean isBadge(String text) {
        String s = text.strip();
        return text.startsWith(" ") && (s.startsWith("▲ ") || s.startsWith("▼ ") || s.startsWith("● "));
    }

    private static List<Unit> actions(List<Block.Button> list, Buttons buttons) {
        List<Unit> out = new ArrayList<>();
        ArrayNode elements = null;
        StringBuilder plain = new StringBuilder();
        for (Block.Button b : list) {
            String command = stripSlash(b.command());
            if (command.isEmpty() || command.length() > MAX_BUTTON_VALUE || b.label().isBlank()) {
                continue;
            }
            if (elements == null || elements.size() == MAX_BUTTONS) {
                ObjectNode actions = JSON.createObjectNode().put("type", "actions");
                elements = actions.putArray("elements");
                out.add(new Unit(List.of(actions), 0, "", false));
            }
            elements.add(buttons.button(b.label(), command));
            plain.append(plain.length() == 0 ? "" : " · ").append(b.label());
        }
        if (!out.isEmpty()) {
            Unit first = out.get(0);
            out.set(0, new Unit(first.blocks(), first.chars(), plain.toString(), false));
        }
        return out;
    }

    /** Numbers the buttons of one message: {@code action_id} must be unique within a message. */
    private static final class Buttons {
        private int next = 1;

        ObjectNode button(String label, String command) {
            ObjectNode b = JSON.createObjectNode().put("type", "button");
            b.set("text", plainText(shorten(label.strip(), MAX_BUTTON_LABEL)));
            b.put("action_id", ACTION_PREFIX + next++);
            b.put("value", command);
            return b;
        }
    }

    private static String stripSlash(String command) {
        String c = command.strip();
        return c.startsWith("/") ? c.substring(1) : c;
    }

    private static ObjectNode mrkdwn(String text) {
        return JSON.createObjectNode().put("type", "mrkdwn").put("text", text);
    }

    private static ObjectNode plainText(String text) {
        return JSON.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", true);
    }

    private static String plainOf(List<Inline> content) {
        StringBuilder s = new StringBuilder();
        content.forEach(i -> s.append(i.plain()));
        return s.toString();
    }

    /**
     * Each run as mrkdwn. A run longer than a section is cut into several (at spaces where possible); the pieces of
     * one run stay atoms, so no link or escape is ever cut.
     */
    private List<String> atoms(List<Inline> content) {
        List<String> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.Link l && linkable(l.url())) {
                out.add("<" + url(l.url()) + "|" + escape(l.text()).replace('|', '¦') + ">");
                continue;
            }
            String wrap = i instanceof Inline.Emphasis e ? switch (e.style()) {
                case BOLD -> "*";
                case ITALIC -> "_";
                case CODE -> "`";
            } : "";
            String text = i instanceof Inline.Emphasis e && e.style() == Inline.Style.CODE
                    ? e.text().replace('`', '\'') : i.plain();
            for (String piece : cut(text, sectionLimit - 2 * wrap.length() - 2)) {
                out.add(emphasise(escape(piece), wrap));
            }
        }
        return out;
    }

    /** mrkdwn emphasis only works with the marks against the text: white space goes outside them. */
    private static String emphasise(String text, String wrap) {
        if (wrap.isEmpty() || text.isBlank()) {
            return text;
        }
        int start = 0;
        int end = text.length();
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, start) + wrap + text.substring(start, end) + wrap + text.substring(end);
    }

    /** Cuts plain text into pieces whose escaped length is at most {@code limit}, at a space when one is near. */
    static List<String> cut(String text, int limit) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int len = 0;
            int end = start;
            int space = -1;
            while (end < text.length()) {
                int w = escapedLength(text.charAt(end));
                if (len + w > limit) {
                    break;
                }
                len += w;
                if (Character.isWhitespace(text.charAt(end))) {
                    space = end;
                }
                end++;
            }
            if (end < text.length()) {
                if (space > start && space - start >= (end - start) / 2) {
                    end = space + 1;
                } else if (Character.isHighSurrogate(text.charAt(end - 1)) && end - 1 > start) {
                    end--;
                }
            }
            end = Math.max(end, start + 1);
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    private static int escapedLength(char c) {
        return switch (c) {
            case '&' -> 5;
            case '<', '>' -> 4;
            default -> 1;
        };
    }

    private static boolean linkable(String url) {
        return (url.startsWith("https://") || url.startsWith("http://")) && url.length() <= MAX_URL;
    }

    /** A URL inside {@code <…|…>}: the characters that would end it or break it are percent-encoded. */
    private static String url(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                case '|' -> b.append("%7C");
                case ' ' -> b.append("%20");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Text for mrkdwn: {@code &}, {@code <} and {@code >} as Slack's escapes. */
    public static String escape(String s) {
        return Escapes.angles(s);
    }

    private static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
