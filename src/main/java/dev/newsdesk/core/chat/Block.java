package dev.newsdesk.core.chat;

import java.util.List;
import java.util.Objects;

/** One block of a {@link ChatMessage}; renderers never split a message inside a block unless it alone is too long. */
public sealed interface Block {

    /** A section heading. */
    record Heading(List<Inline> content) implements Block {
        public Heading {
            content = List.copyOf(content);
        }
    }

    /** A paragraph (lines inside it may be separated by "\n" in text runs). */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A list; numbered lists start at {@code start}, bullets when {@code start} is 0. */
    record ListBlock(List<List<Inline>> items, int start) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A quotation. */
    record Quote(List<Inline> content) implements Block {
        public Quote {
            content = List.copyOf(content);
        }
    }

    /** A thin separator. */
    record Divider() implements Block {
    }

    /** Buttons that each run a command when pressed; platforms without buttons show the commands as text. */
    record Buttons(List<Button> buttons) implements Block {
        public Buttons {
            buttons = List.copyOf(buttons);
        }
    }

    /** A button: its label and the command it runs, e.g. {@code /summary 2}. */
    record Button(String label, String command) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(command, "command");
        }
    }
}
