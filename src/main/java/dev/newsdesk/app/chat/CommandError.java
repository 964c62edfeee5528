package dev.newsdesk.app.chat;

/** A command that cannot be answered as typed; the message says what is wrong and shows the right form. */
public final class CommandError extends Exception {
    public CommandError(String message) {
        super(message);
    }
}
