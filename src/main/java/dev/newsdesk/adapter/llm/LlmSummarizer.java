package dev.newsdesk.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.core.analysis.summary.AnswerValidator;
import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import dev.newsdesk.core.analysis.summary.ModelAnswer;
import dev.newsdesk.core.analysis.summary.Summarizer;
import dev.newsdesk.core.analysis.summary.Summary;
import dev.newsdesk.core.analysis.summary.SummaryCache;
import dev.newsdesk.core.analysis.summary.SummaryKey;
import dev.newsdesk.core.item.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Summaries, takeaways and an impact rationale from a language model, with the extractive summariser as the floor:
 * a cached answer is reused; over the daily budget, on any call failure, or when the answer is not valid JSON of the
 * expected shape or fails {@link AnswerValidator}, the extractive summary comes back instead. What to watch always
 * comes from the extractive summariser (sentences of the article itself). Accepted answers and rejected ones are
 * remembered, so an article is never sent twice for the same model and prompt; failed calls are not, so they are
 * tried again next time. Logs carry the content hash and the reason, never the article or the key. Thread-safe.
 */
public final class LlmSummarizer implements Summarizer {
    /** The most tokens the answer may take. */
    public static final int MAX_ANSWER_TOKENS = 600;

    private static final Logger LOG = LoggerFactory.getLogger(LlmSummarizer.class);

    private final ChatCompletionsClient client;
    private final String model;
    private final ExtractiveSummarizer fallback;
    private final SummaryCache cache;
    private final TokenBudget budget;
    private final AnswerValidator validator = new AnswerValidator();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param client   the chat-completions client
     * @param model    the model name sent with each request (also part of the cache key)
     * @param fallback the extractive summariser used whenever the model's answer is not used
     * @param cache    where summaries are remembered
     * @param budget   the daily token budget
     */
    public LlmSummarizer(ChatCompletionsClient client, String model, ExtractiveSummarizer fallback,
                         SummaryCache cache, TokenBudget budget) {
        this.client = Objects.requireNonNull(client, "client");
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** The producer name of this summariser's accepted answers: {@code model@promptVersion}. */
    public String producer() {
        return model + "@" + SummaryPrompt.VERSION;
    }

    /**
     * The model's summary when it is accepted, else the extractive one.
     *
     * @param contentHash the item's content hash; when null or empty a hash of title and text is used
     */
    @Override
    public Summary summarize(String contentHash, String title, String text) {
        Summary extractive = fallback.summarize(title, text);
        if (extractive.summary().isEmpty()) {
            return extractive; // nothing to summarise: no call
        }
        String hash = contentHash == null || contentHash.isBlank() ? Hashes.short64(title, text) : contentHash;
        SummaryKey key = new SummaryKey(hash, model, SummaryPrompt.VERSION);
        Optional<Summary> known = cache.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        List<ChatMessage> messages = SummaryPrompt.messages(title, text);
        int estimate = SummaryPrompt.estimateTokens(messages) + MAX_ANSWER_TOKENS;
        if (!budget.tryReserve(estimate)) {
            LOG.info("llm: daily token budget spent (used={}), item={} summarised extractively",
                    budget.usedToday(), hash);
            return extractive;
        }
        ChatResult result;
        try {
            result = client.complete(model, messages, MAX_ANSWER_TOKENS);
        } catch (LlmException e) {
            // the server may have worked on it before failing: keep the estimate spent
            LOG.warn("llm: item={} summarised extractively: {}", hash, e.getMessage());
            return extractive;
        }
        budget.settle(estimate, result.totalTokens() >= 0 ? result.totalTokens() : estimate);
        Summary chosen = judge(hash, result.content(), title, text, extractive);
        cache.put(key, chosen);
        return chosen;
    }

    private Summary judge(String hash, String content, String title, String text, Summary extractive) {
        Optional<ModelAnswer> answer = parse(content);
        if (answer.isEmpty()) {
            LOG.warn("llm: item={} model={} answer rejected: not a JSON object of summary, takeaways, "
                    + "impact_rationale", hash, model);
            return extractive;
        }
        Optional<String> problem = validator.problem(answer.get(), title, text);
        if (problem.isPresent()) {
            LOG.warn("llm: item={} model={} answer rejected: {}", hash, model, problem.get());
            return extractive;
        }
        ModelAnswer a = answer.get();
        LOG.debug("llm: item={} model={} answer accepted", hash, model);
        return new Summary(a.summary(), a.takeaways(), extractive.watch(), a.impactRationale(), producer());
    }

    /** The answer's object; servers without JSON mode may wrap it in prose or a code fence, so the outer braces. */
    private Optional<ModelAnswer> parse(String content) {
        int from = content.indexOf('{');
        int to = content.lastIndexOf('}');
        if (from < 0 || to < from) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = json.readTree(content.substring(from, to + 1));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("summary").isTextual()
                || !root.path("takeaways").isArray()) {
            return Optional.empty();
        }
        List<String> takeaways = new ArrayList<>();
        for (JsonNode t : root.get("takeaways")) {
            if (!t.isTextual()) {
                return Optional.empty();
            }
            takeaways.add(t.asText());
        }
        JsonNode rationale = root.path("impact_rationale");
        if (!rationale.isMissingNode() && !rationale.isNull() && !rationale.isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new ModelAnswer(root.get("summary").asText(), takeaways,
                rationale.isTextual() ? rationale.asText() : ""));
    }
}
