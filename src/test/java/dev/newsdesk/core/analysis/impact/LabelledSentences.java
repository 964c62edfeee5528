package dev.newsdesk.core.analysis.impact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Labelled sentences for measuring impact: our own development set (a test resource) and, when the shared corpus is
 * there, the Financial PhraseBank development part — which is read for evaluation only and never shipped.
 */
public final class LabelledSentences {
    /** One sentence and its gold label. */
    public record Labelled(String sentence, Direction label) {
    }

    /** The agreement levels of the PhraseBank, strongest first. */
    public static final List<String> PHRASEBANK_LEVELS = List.of("AllAgree", "75Agree", "66Agree", "50Agree");

    private LabelledSentences() {
    }

    /** Our development set: {@code label<TAB>sentence} lines, written by us. */
    public static List<Labelled> devSet() {
        try (InputStream in = LabelledSentences.class.getResourceAsStream("/impact/dev-sentences.tsv")) {
            if (in == null) {
                throw new IllegalStateException("impact: /impact/dev-sentences.tsv is not on the class path");
            }
            List<Labelled> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.add(new Labelled(line.substring(tab + 1).strip(), label(line.substring(0, tab))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus folder from {@code -Dnewsdesk.corpus}, when it exists. */
    public static Optional<Path> corpus() {
        String dir = System.getProperty("newsdesk.corpus");
        if (dir == null || !Files.isDirectory(Path.of(dir, "financial-phrasebank-dev"))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(dir));
    }

    /** One PhraseBank level ("AllAgree", "50Agree", ...): {@code sentence@label} lines in ISO-8859-1. */
    public static List<Labelled> phraseBank(Path corpus, String level) {
        Path file = corpus.resolve("financial-phrasebank-dev/Sentences_" + level + ".dev.txt");
        try {
            List<Labelled> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, Charset.forName("ISO-8859-1"))) {
                int at = line.lastIndexOf('@');
                if (at > 0) {
                    out.add(new Labelled(line.substring(0, at), label(line.substring(at + 1))));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The share of sentences whose direction the analyzer gets right. */
    public static double accuracy(ImpactAnalyzer analyzer, List<Labelled> set) {
        int right = 0;
        for (Labelled l : set) {
            if (analyzer.analyzeSentence(l.sentence()).direction() == l.label()) {
                right++;
            }
        }
        return set.isEmpty() ? 0 : (double) right / set.size();
    }

    private static Direction label(String s) {
        return Direction.valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
