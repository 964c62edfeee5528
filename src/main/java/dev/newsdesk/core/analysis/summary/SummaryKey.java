package dev.newsdesk.core.analysis.summary;

import java.util.Objects;

/**
 * What a remembered summary is filed under: the same text, model and prompt give the same summary, so none of them
 * is asked twice.
 *
 * @param contentHash   the article's content hash
 * @param model         the model name as configured
 * @param promptVersion the version of the prompt and the answer rules
 */
public record SummaryKey(String contentHash, String model, String promptVersion) {
    public SummaryKey {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(promptVersion, "promptVersion");
    }
}
