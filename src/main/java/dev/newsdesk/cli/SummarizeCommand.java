package dev.newsdesk.cli;

import dev.newsdesk.core.analysis.summary.ExtractiveSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code summarize FILE [--sentences N]}: the extractive summary of a plain-text article, one sentence per line, in
 * the article's order. Needs no store, no network and no configuration. A first line on its own that reads like a
 * headline (one line, no closing mark, followed by a blank line) is taken as the title.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Print the summary of a plain-text article (UTF-8), one sentence per line.")
final class SummarizeCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ConfigOption config; // every command takes --config; this one reads only its file

    /** Articles are text: anything bigger is not one. */
    static final long MAX_FILE_BYTES = 10L << 20;

    @Parameters(paramLabel = "FILE", description = "a plain-text article, paragraphs separated by blank lines")
    Path file;

    @Option(names = {"-n", "--sentences"}, paramLabel = "N", defaultValue = "2",
            description = "how many sentences (1-20, default ${DEFAULT-VALUE})")
    int sentences;

    @Override
    public Integer call() throws IOException {
        if (sentences < 1 || sentences > 20) {
            throw new UserError("--sentences " + sentences + ": expected 1 to 20");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new UserError(file + ": larger than " + (MAX_FILE_BYTES >> 20) + " MB, not an article");
        }
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\r\n", "\n");
        String title = null;
        int blank = text.indexOf("\n\n");
        if (blank > 0) {
            String first = text.substring(0, blank).strip();
            if (!first.isEmpty() && first.indexOf('\n') < 0 && first.length() <= 200 && ".!?\"”'’:".indexOf(
                    first.charAt(first.length() - 1)) < 0) {
                title = first;
                text = text.substring(blank + 2);
            }
        }
        for (String s : new ExtractiveSummarizer().summarizeSentences(title, text, sentences)) {
            System.out.println(s);
        }
        return 0;
    }
}
