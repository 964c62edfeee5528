package dev.newsdesk.core.analysis.topic;

import dev.newsdesk.config.ConfigLoader;
import dev.newsdesk.config.TopicSpec;
import dev.newsdesk.core.analysis.query.MatchDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in topics, classified over labelled examples: shared by the quality test and the benchmark. */
public final class TopicScoring {
    private TopicScoring() {
    }

    /** The classifier for the topics of the built-in configuration (newsdesk-defaults.yml). */
    public static TopicClassifier defaults() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Map.Entry<String, TopicSpec> e : ConfigLoader.load(null, Map.of()).config().topics().entrySet()) {
            queries.put(e.getKey(), e.getValue().query());
        }
        return TopicClassifier.parse(queries);
    }

    /** The document a labelled example stands for: its headline as the title, its lead as the text. */
    public static MatchDocument document(LabelledSet.Example e) {
        return MatchDocument.of(e.title(), e.lead(), e.source(), e.source());
    }

    /** Prints one table: topic, positives, TP, FP, FN, precision, recall, F1. */
    public static String table(String heading, Map<String, LabelledSet.Score> scores, int examples) {
        StringBuilder sb = new StringBuilder();
        sb.append(heading).append(" (").append(examples).append(" examples)\n");
        sb.append(String.format("  %-14s %5s %4s %4s %4s %6s %6s %6s%n", "topic", "pos", "TP", "FP", "FN", "P", "R", "F1"));
        for (LabelledSet.Score s : scores.values()) {
            sb.append(String.format("  %-14s %5d %4d %4d %4d %6.3f %6.3f %6.3f%n", s.topic(), s.positives(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1()));
        }
        return sb.toString();
    }

    /** Scores the built-in topics on every example, the tuning part and the held-out part, as printable tables. */
    public static String report(String name, List<LabelledSet.Example> examples, TopicClassifier classifier) {
        StringBuilder sb = new StringBuilder();
        long held = examples.stream().filter(LabelledSet.Example::heldOut).count();
        sb.append(table(name + " — tuning", LabelledSet.score(examples, e -> !e.heldOut(),
                e -> classifier.topicsOf(document(e))), (int) (examples.size() - held)));
        sb.append(table(name + " — held out", LabelledSet.score(examples, LabelledSet.Example::heldOut,
                e -> classifier.topicsOf(document(e))), (int) held));
        sb.append(table(name + " — all", LabelledSet.score(examples, e -> true,
                e -> classifier.topicsOf(document(e))), examples.size()));
        return sb.toString();
    }
}
