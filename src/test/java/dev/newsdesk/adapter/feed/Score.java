package dev.newsdesk.adapter.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Counts expected fields matched in a conformance suite and keeps a few misses to print. */
final class Score {
    final String name;
    int matched;
    int total;
    int skipped;
    final List<String> misses = new ArrayList<>();

    Score(String name) {
        this.name = name;
    }

    void check(String what, Object expected, Object actual) {
        total++;
        if (Objects.equals(expected, actual)) {
            matched++;
        } else if (misses.size() < 400) {
            misses.add(what + ": expected <" + expected + "> got <" + actual + ">");
        }
    }

    double share() {
        return total == 0 ? 1.0 : (double) matched / total;
    }

    String summary() {
        return String.format("%s: %d/%d = %.3f (skipped %d)", name, matched, total, share(), skipped);
    }

    void print(int missesToShow) {
        System.out.println(summary());
        misses.stream().limit(missesToShow).forEach(m -> System.out.println("  miss " + m));
    }
}
