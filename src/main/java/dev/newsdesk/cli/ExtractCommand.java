package dev.newsdesk.cli;

import dev.newsdesk.adapter.extract.ArticleExtractor;
import dev.newsdesk.core.item.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** {@code extract FILE [--url URL]}: the article text of a saved HTML page. Needs no store and no configuration. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the article text of an HTML page (.html or .html.gz), paragraphs separated by blank "
                + "lines.")
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {
    /** Pages larger than this are not articles; the cap keeps a stray file from exhausting memory. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    @picocli.CommandLine.Mixin
    ConfigOption config; // every command takes --config; this one reads only its file

    @Parameters(paramLabel = "FILE", description = "an HTML page; gzip-compressed when its name ends in .gz")
    Path file;

    @Option(names = "--url", paramLabel = "URL",
            description = "the page's address: base for relative links and the key of the site rules")
    String url;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserError(file + ": no such readable file");
        }
        String html;
        try {
            html = read(file);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read (" + e.getMessage() + ")");
        }
        Article article = new ArticleExtractor().extract(html, url);
        if (article.hasText()) {
            System.out.println(article.text());
        }
        return 0;
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            // the extractor reads at most MAX_CHARS characters; a gzip bomb stops there too
            byte[] bytes = in.readNBytes(ArticleExtractor.MAX_CHARS * 2);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
