package dev.newsdesk.core.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral message: blocks in order, and whether link previews are wanted.
 *
 * @param blocks       never empty
 * @param linkPreviews false for digests and lists (many links), true lets the platform preview the first link
 * @param picture      a picture sent after the text (a digest's chart), or null
 */
public record ChatMessage(List<Block> blocks, boolean linkPreviews, Picture picture) {

    /** A PNG image and its one-line caption. */
    public record Picture(byte[] png, String caption) {
        public Picture {
            java.util.Objects.requireNonNull(png, "png");
            caption = caption == null ? "" : caption;
        }
    }

    public ChatMessage(List<Block> blocks, boolean linkPreviews) {
        this(blocks, linkPreviews, null);
    }

    /** This message with a picture after its text. */
    public ChatMessage withPicture(Picture p) {
        return new ChatMessage(blocks, linkPreviews, p);
    }

    public ChatMessage {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("message: no blocks");
        }
    }

    /** A one-paragraph message of plain text. */
    public static ChatMessage text(String text) {
        return builder().paragraph(Inline.text(text)).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects blocks; link previews are off unless asked for. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private boolean previews;

        public Builder heading(Inline... content) {
            blocks.add(new Block.Heading(List.of(content)));
            return this;
        }

        public Builder paragraph(Inline... content) {
            blocks.add(new Block.Paragraph(List.of(content)));
            return this;
        }

        public Builder paragraph(List<Inline> content) {
            blocks.add(new Block.Paragraph(content));
            return this;
        }

        public Builder bullets(List<List<Inline>> items) {
            blocks.add(new Block.ListBlock(items, 0));
            return this;
        }

        public Builder numbered(List<List<Inline>> items, int start) {
            blocks.add(new Block.ListBlock(items, start));
            return this;
        }

        public Builder quote(Inline... content) {
            blocks.add(new Block.Quote(List.of(content)));
            return this;
        }

        public Builder divider() {
            blocks.add(new Block.Divider());
            return this;
        }

        public Builder buttons(Block.Button... buttons) {
            blocks.add(new Block.Buttons(List.of(buttons)));
            return this;
        }

        public Builder block(Block b) {
            blocks.add(b);
            return this;
        }

        public Builder previews(boolean on) {
            previews = on;
            return this;
        }

        public ChatMessage build() {
            return new ChatMessage(blocks, previews);
        }
    }
}
