package dev.newsdesk.cli;

/** Bad input from the person at the command line: reported in one line, exit code 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
