package dev.newsdesk.app;

import dev.newsdesk.core.analysis.Analysis;
import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.ItemImpact;
import dev.newsdesk.core.analysis.query.MatchDocument;
import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import dev.newsdesk.core.analysis.summary.Summarizer;
import dev.newsdesk.core.analysis.summary.Summary;
import dev.newsdesk.core.analysis.text.SentenceSplitter;
import dev.newsdesk.core.analysis.topic.TopicClassifier;
import dev.newsdesk.core.analysis.watch.WatchMatcher;
import dev.newsdesk.core.item.Item;

import java.time.Clock;
import java.util.List;

/**
 * Understands one item: splits its text once, then summary, topics, default watch-list hits and market impact. Pure
 * computation (a model summariser, when configured, is the one exception and falls back to the extractive one on
 * any trouble); thread-safe.
 */
public final class Enricher {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ExtractiveSummarizer extractive;
    private final Summarizer summarizer;
    private final TopicClassifier topics;
    private final WatchMatcher watch;
    private final ImpactAnalyzer impact;
    private final Clock clock;

    /**
     * @param summarizer the configured summariser; when it is the extractive one, sentences are shared with it
     */
    public Enricher(ExtractiveSummarizer extractive, Summarizer summarizer, TopicClassifier topics,
                    WatchMatcher watch, ImpactAnalyzer impact, Clock clock) {
        this.extractive = extractive;
        this.summarizer = summarizer;
        this.topics = topics;
        this.watch = watch;
        this.impact = impact;
        this.clock = clock;
    }

    /** The analysis of the item's current version. */
    public Analysis analyze(Item item, String sourceName) {
        List<String> sentences = splitter.split(item.text());
        Summary summary = summarizer == extractive
                ? extractive.summarizeSentences(item.title(), sentences)
                : summarizer.summarize(item.contentHash(), item.title(), item.text());
        MatchDocument doc = MatchDocument.of(item.title(), item.text(), item.sourceId(), sourceName);
        ItemImpact itemImpact = impact.analyze(item.title(), sentences);
        return new Analysis(item.id(), item.contentHash(), summary, topics.topicsOf(doc), watch.hits(doc),
                itemImpact, clock.instant());
    }
}
