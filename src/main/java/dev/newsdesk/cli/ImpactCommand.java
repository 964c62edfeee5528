package dev.newsdesk.cli;

import dev.newsdesk.core.analysis.impact.ImpactAnalyzer;
import dev.newsdesk.core.analysis.impact.Lexicon;
import dev.newsdesk.core.analysis.impact.SentenceImpact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code impact}: the market impact of each line of standard input, as {@code LABEL<TAB>SCORE}. Exactly one output
 * line per input line, in order, streamed (a line is read, analysed and written before the next is read), so that
 * thousands of lines in one call cost no more memory than one.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Read sentences on stdin (UTF-8, one per line) and print LABEL<TAB>SCORE per line: LABEL is "
                + "positive, negative or neutral for an investor, SCORE in [-1, 1] with 3 decimals. An empty line "
                + "is neutral 0.000.")
final class ImpactCommand implements Callable<Integer> {
    /** Characters of one line that are kept; the rest of a longer line is read and dropped. */
    static final int MAX_LINE = 100_000;

    @Mixin
    ConfigOption config;  // every command takes --config; impact needs nothing from it

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "a lexicon file replacing the built-in one (format: see Lexicon's documentation)")
    Path lexiconFile;

    @Override
    public Integer call() throws IOException {
        ImpactAnalyzer analyzer = new ImpactAnalyzer(lexicon());
        run(analyzer, System.in, System.out);
        return 0;
    }

    private Lexicon lexicon() throws IOException {
        if (lexiconFile == null) {
            return Lexicon.builtIn();
        }
        if (!Files.isRegularFile(lexiconFile)) {
            throw new UserError(lexiconFile + ": no such file");
        }
        return Lexicon.parse(lexiconFile.toString(), Files.readString(lexiconFile, StandardCharsets.UTF_8));
    }

    /** Reads lines from {@code in} until its end and writes one result line per input line to {@code out}. */
    static void run(ImpactAnalyzer analyzer, InputStream in, OutputStream out) throws IOException {
        // malformed UTF-8 becomes U+FFFD: a binary line is a neutral line, not a failure
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        char[] buf = new char[1 << 16];
        StringBuilder line = new StringBuilder(256);
        boolean pending = false;  // characters since the last newline: a last line without newline still counts
        for (int n; (n = reader.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (c == '\n') {
                    // only LF ends a line, as for wc -l; the CR of a CRLF is dropped, a lone CR is a space
                    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                        line.setLength(line.length() - 1);
                    }
                    emit(analyzer, line, writer);
                    pending = false;
                } else {
                    pending = true;
                    if (line.length() < MAX_LINE) {
                        line.append(c);
                    }
                }
            }
        }
        if (pending) {
            emit(analyzer, line, writer);
        }
        writer.flush();
    }

    private static void emit(ImpactAnalyzer analyzer, StringBuilder line, Writer writer) throws IOException {
        SentenceImpact r = line.length() == 0 ? SentenceImpact.NONE : analyzer.analyzeSentence(line.toString());
        writer.write(r.direction().label());
        writer.write('\t');
        writer.write(score(r.score()));
        writer.write('\n');
        line.setLength(0);
    }

    /** Three decimals, never "-0.000". */
    static String score(double s) {
        long thousandths = Math.round(s * 1000);
        long abs = Math.abs(thousandths);
        String frac = Long.toString(abs % 1000);
        return (thousandths < 0 ? "-" : "") + abs / 1000 + "." + "000".substring(frac.length()) + frac;
    }
}
