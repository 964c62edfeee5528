package dev.newsdesk.core.analysis.summary;

import java.util.List;
import java.util.Objects;

/**
 * What a summariser says about one article.
 *
 * @param summary         one or two sentences for people; empty when the text had no sentence
 * @param takeaways       distinct key points (up to five, three or more when the text has enough sentences), none of
 *                        them repeating the summary; never null
 * @param watch           forward-looking sentences ("expected to", "will decide", "could"), strongest first, at most
 *                        three; empty when the text looks ahead at nothing
 * @param impactRationale why the article may move markets, from a model; empty from the extractive summariser
 * @param producer        who wrote it: {@value #EXTRACTIVE}, or {@code model@promptVersion} for a language model
 */
public record Summary(String summary, List<String> takeaways, List<String> watch, String impactRationale,
                      String producer) {
    /** The producer name of the built-in extractive summariser. */
    public static final String EXTRACTIVE = "extractive";

    public Summary {
        Objects.requireNonNull(summary, "summary");
        takeaways = List.copyOf(takeaways);
        watch = List.copyOf(watch);
        impactRationale = impactRationale == null ? "" : impactRationale;
        Objects.requireNonNull(producer, "producer");
    }

    /** An extractive summary: no impact rationale, producer {@value #EXTRACTIVE}. */
    public Summary(String summary, List<String> takeaways, List<String> watch) {
        this(summary, takeaways, watch, "", EXTRACTIVE);
    }

    /** The empty summary of a text without sentences. */
    public static Summary empty() {
        return new Summary("", List.of(), List.of());
    }
}
