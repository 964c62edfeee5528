package dev.newsdesk.adapter.console;

import dev.newsdesk.app.chat.MessageRenderer;
import dev.newsdesk.core.chat.Block;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.Inline;

import java.util.List;

/** Renders messages as plain text for the terminal: links as {@code title <url>}, no markup, one part. */
public final class PlainText implements MessageRenderer {

    @Override
    public String format() {
        return "plain";
    }

    @Override
    public List<String> render(ChatMessage message) {
        StringBuilder s = new StringBuilder();
        for (Block b : message.blocks()) {
            if (s.length() > 0) {
                s.append("\n\n");
            }
            if (b instanceof Block.Heading h) {
                s.append(inlines(h.content()));
            } else if (b instanceof Block.Paragraph p) {
                s.append(inlines(p.content()));
            } else if (b instanceof Block.Quote q) {
                s.append("> ").append(inlines(q.content()).replace("\n", "\n> "));
            } else if (b instanceof Block.Divider) {
                s.append("----------");
            } else if (b instanceof Block.ListBlock l) {
                int n = l.start();
                boolean first = true;
                for (List<Inline> item : l.items()) {
                    String mark = l.start() > 0 ? (n++) + ". " : "• ";
                    s.append(first ? "" : "\n").append(mark)
                            .append(inlines(item).replace("\n", "\n" + " ".repeat(mark.length())));
                    first = false;
                }
            } else if (b instanceof Block.Buttons bs) {
                bs.buttons().forEach(x -> s.append("[").append(x.label()).append(": ").append(x.command()).append("] "));
            }
        }
        return List.of(s.toString());
    }

    private static String inlines(List<Inline> content) {
        StringBuilder s = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inline.Link l) {
                s.append(l.text()).append(" <").append(l.url()).append('>');
            } else {
                s.append(i.plain());
            }
        }
        return s.toString();
    }
}
