package dev.newsdesk.bench;

import java.util.List;

/** Which parts of a benchmark to run: those named on the command line, else all of them. */
final class BenchParts {
    private BenchParts() {
    }

    static List<String> of(String[] args, String... all) {
        return args.length == 0 ? List.of(all) : List.of(args);
    }
}
