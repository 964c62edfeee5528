package dev.newsdesk.adapter.llm;

/** A chat-completions call that failed: network, timeout, status, size or an answer that is not the API's JSON. */
public final class LlmException extends Exception {
    private final int status;

    /** A failure with the HTTP status (0 when there was no answer). */
    public LlmException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status of the answer, or 0 when there was none (network failure, timeout). */
    public int status() {
        return status;
    }
}
