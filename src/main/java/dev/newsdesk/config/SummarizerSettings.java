package dev.newsdesk.config;

/**
 * The {@code summarizer:} section.
 *
 * @param provider        {@code extractive} (built in, no network) or {@code openai-compatible}
 * @param maxTokensPerDay the daily token budget of the model; past it summaries fall back to extractive
 */
public record SummarizerSettings(String provider, String baseUrl, String model, String apiKey, int maxTokensPerDay) {
}
