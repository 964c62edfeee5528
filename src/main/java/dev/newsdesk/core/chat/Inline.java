package dev.newsdesk.core.chat;

import java.util.Objects;

/** A run of text inside a block. Text is plain: renderers escape it for their platform. */
public sealed interface Inline {

    /** Plain text. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasised text. */
    record Emphasis(String text, Style style) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /** A link; {@code url} is an absolute http(s) URL. */
    record Link(String text, String url) implements Inline {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(url, "url");
        }
    }

    /** How emphasis looks. */
    enum Style { BOLD, ITALIC, CODE }

    static Inline text(String s) {
        return new Text(s);
    }

    static Inline bold(String s) {
        return new Emphasis(s, Style.BOLD);
    }

    static Inline italic(String s) {
        return new Emphasis(s, Style.ITALIC);
    }

    static Inline code(String s) {
        return new Emphasis(s, Style.CODE);
    }

    static Inline link(String text, String url) {
        return new Link(text, url);
    }

    /** The visible text of this run. */
    default String plain() {
        if (this instanceof Text t) {
            return t.text();
        }
        if (this instanceof Emphasis e) {
            return e.text();
        }
        return ((Link) this).text();
    }
}
