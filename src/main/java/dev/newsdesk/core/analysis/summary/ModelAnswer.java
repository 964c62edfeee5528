package dev.newsdesk.core.analysis.summary;

import java.util.List;

/**
 * A language model's answer to the summary prompt, as parsed and before it is checked.
 *
 * @param summary         the one or two sentence summary
 * @param takeaways       the key points; never null
 * @param impactRationale why it may move markets; empty when the model gave none
 */
public record ModelAnswer(String summary, List<String> takeaways, String impactRationale) {
    public ModelAnswer {
        summary = summary == null ? "" : summary.strip();
        takeaways = takeaways == null ? List.of() : takeaways.stream().map(t -> t == null ? "" : t.strip()).toList();
        impactRationale = impactRationale == null ? "" : impactRationale.strip();
    }
}
