package dev.newsdesk.adapter.llm;

/**
 * The first choice of a chat-completions answer.
 *
 * @param content     the assistant's text
 * @param totalTokens {@code usage.total_tokens}, or -1 when the server did not say
 */
public record ChatResult(String content, int totalTokens) {
}
