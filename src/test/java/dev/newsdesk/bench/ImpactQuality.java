package dev.newsdesk.bench;

import dev.newsdesk.core.analysis.impact.Direction;
import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.LabelledSentences;
import dev.newsdesk.core.analysis.impact.LabelledSentences.Labelled;
import dev.newsdesk.core.analysis.impact.Lexicon;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Market-impact quality: accuracy, per-class precision and recall and the confusion matrix on our own development
 * sentences and on each agreement level of the Financial PhraseBank development part (evaluation only), against the
 * always-neutral baseline; then sentences per second on one thread after warm-up. {@code -Dverbose=true} lists the
 * development sentences the analyzer gets wrong (never PhraseBank's).
 */
public final class ImpactQuality {
    private ImpactQuality() {
    }

    public static void main(String[] args) {
        ImpactAnalyzer analyzer = new ImpactAnalyzer(Lexicon.builtIn());
        List<Labelled> dev = LabelledSentences.devSet();
        report("own dev set", analyzer, dev);
        if (Boolean.getBoolean("verbose")) {
            for (Labelled l : dev) {
                var r = analyzer.analyzeSentence(l.sentence());
                if (r.direction() != l.label()) {
                    System.out.printf(Locale.ROOT, "  want %-8s got %-8s %+.2f %s  %s%n", l.label().label(),
                            r.direction().label(), r.score(), l.sentence(), r.cues());
                }
            }
        }
        Optional<Path> corpus = LabelledSentences.corpus();
        if (corpus.isEmpty()) {
            System.out.println("financial-phrasebank-dev: skipped, no corpus at -Dnewsdesk.corpus="
                    + System.getProperty("newsdesk.corpus"));
        } else {
            List<Labelled> all = new ArrayList<>();
            for (String level : LabelledSentences.PHRASEBANK_LEVELS) {
                List<Labelled> set = LabelledSentences.phraseBank(corpus.get(), level);
                report("PhraseBank " + level, analyzer, set);
                if (level.equals("50Agree")) {
                    all = set;
                }
            }
            speed(analyzer, all);
        }
    }

    private static void report(String name, ImpactAnalyzer analyzer, List<Labelled> set) {
        Direction[] classes = Direction.values();
        int[][] confusion = new int[3][3];
        int neutral = 0;
        for (Labelled l : set) {
            Direction got = analyzer.analyzeSentence(l.sentence()).direction();
            confusion[l.label().ordinal()][got.ordinal()]++;
            if (l.label() == Direction.NEUTRAL) {
                neutral++;
            }
        }
        int right = 0;
        for (int i = 0; i < 3; i++) {
            right += confusion[i][i];
        }
        System.out.printf(Locale.ROOT, "%s: n=%d accuracy=%.4f (always-neutral %.4f)%n", name, set.size(),
                (double) right / set.size(), (double) neutral / set.size());
        double f1sum = 0;
        for (Direction c : classes) {
            int k = c.ordinal();
            int predicted = 0;
            int actual = 0;
            for (int i = 0; i < 3; i++) {
                predicted += confusion[i][k];
                actual += confusion[k][i];
            }
            double p = predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
            double r = actual == 0 ? 0 : (double) confusion[k][k] / actual;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            f1sum += f1;
            System.out.printf(Locale.ROOT, "  %-8s P=%.3f R=%.3f F1=%.3f%n", c.label(), p, r, f1);
        }
        System.out.printf(Locale.ROOT, "  macro-F1=%.3f%n  confusion (rows gold, columns predicted: pos neg neu)%n",
                f1sum / 3);
        for (Direction c : classes) {
            int[] row = confusion[c.ordinal()];
            System.out.printf(Locale.ROOT, "  %-8s %5d %5d %5d%n", c.label(), row[0], row[1], row[2]);
        }
    }

    private static void speed(ImpactAnalyzer analyzer, List<Labelled> set) {
        String[] sentences = set.stream().map(Labelled::sentence).toArray(String[]::new);
        long sink = 0;
        for (int round = 0; round < 30; round++) {  // warm-up: let the JIT compile the hot path
            for (String s : sentences) {
                sink += analyzer.analyzeSentence(s).cues().size();
            }
        }
        int rounds = 50;
        // thread CPU time as well as wall time: the machine may be shared, and waiting for a core is not our cost
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String s : sentences) {
                sink += analyzer.analyzeSentence(s).cues().size();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double n = (double) rounds * sentences.length;
        System.out.printf(Locale.ROOT, "speed: %.0f sentences/s single-threaded by CPU time (%.2f us/sentence); "
                + "%.0f sentences/s by wall time (%.2f us/sentence; sink %d)%n",
                n / cpuSecs, cpuSecs * 1e6 / n, n / wall, wall * 1e6 / n, sink % 10);
    }
}
