package dev.newsdesk.bench;

import dev.newsdesk.adapter.extract.ArticleExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * For looking at one benchmark page (id prefix as argument): newsdesk's text, the expected text, and their scores.
 * A development aid, run with {@code bench/run-java.sh dev.newsdesk.bench.ExtractionDiff ID}.
 */
public final class ExtractionDiff {

    private ExtractionDiff() {
    }

    public static void main(String[] args) {
        Path root = ExtractionCorpus.root();
        if (root == null || args.length == 0) {
            System.out.println("usage: ExtractionDiff ID-PREFIX (and -Dnewsdesk.corpus=DIR)");
            return;
        }
        List<ExtractionCorpus.Page> pages = ExtractionCorpus.benchmark(root);
        pages = new java.util.ArrayList<>(pages);
        pages.addAll(ExtractionCorpus.readability(root));
        ArticleExtractor x = new ArticleExtractor();
        for (ExtractionCorpus.Page p : pages) {
            if (p.id().startsWith(args[0])) {
                String got = x.extract(p.html(), p.url()).text();
                System.out.println("=== " + p.id() + " " + p.url() + " " + ExtractionMetric.score(p.expected(), got));
                System.out.println("--- got:\n" + got);
                System.out.println("--- expected:\n" + p.expected());
            }
        }
    }
}
