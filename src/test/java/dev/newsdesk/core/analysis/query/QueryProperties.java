package dev.newsdesk.core.analysis.query;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the parser over generated input: it never fails otherwise than by QueryException, and round-trips. */
class QueryProperties {
    private static final List<MatchDocument> DOCS = List.of(
            MatchDocument.of("alpha beta gamma", "delta alpha epsilon", "src", "Source One"),
            MatchDocument.of("zeta", "beta beta gamma delta", "other", "Other"),
            MatchDocument.of("", "", "", ""));

    @Property(tries = 2000)
    void anyStringParsesOrFailsWithQueryException(@ForAll("noise") String input) {
        try {
            Query q = Query.parse(input);
            assertThat(Query.parse(q.toString())).isEqualTo(q); // whatever parses also round-trips
        } catch (QueryException e) {
            assertThat(e.position()).isBetween(-1, input.length());
        }
    }

    @Property(tries = 1000)
    void printedQueriesParseToEqualQueriesThatMatchTheSame(@ForAll("queries") Query q) {
        Query back = Query.parse(q.toString());
        assertThat(back).isEqualTo(q);
        for (MatchDocument d : DOCS) {
            assertThat(back.matches(d)).isEqualTo(q.matches(d));
        }
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> tokens = Arbitraries.of("(", ")", "\"", "AND", "OR", "NOT", "and", "title:", "source:", "*",
                " ", "  ", "alpha", "b", "é", "U.S.", "-", ":", "\t", "x*", "\u00A0", "\uD83D\uDE00", "1");
        return Arbitraries.oneOf(
                tokens.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80));
    }

    @Provide
    Arbitrary<Query> queries() {
        return query(4);
    }

    private Arbitrary<Query> query(int depth) {
        Arbitrary<String> word = Arbitraries.of("alpha", "beta", "gamma", "delta", "zeta", "and", "or", "not",
                "title", "x", "epsilon", "2024");
        Arbitrary<Query> text = Arbitraries.oneOf(
                word.list().ofMinSize(1).ofMaxSize(3),
                word.map(List::of)).flatMap(words -> Arbitraries.of(Query.Field.values()).flatMap(f ->
                Arbitraries.of(true, false).map(prefix -> new Query.Text(f, words, prefix))));
        Arbitrary<Query> source = Arbitraries.of("src", "other", "source one", "x(y)").map(Query.Source::new);
        Arbitrary<Query> leaf = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, text), net.jqwik.api.Tuple.of(1, source));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Query> sub = Arbitraries.lazy(() -> query(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(Query.And::new)),
                net.jqwik.api.Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(Query.Or::new)),
                net.jqwik.api.Tuple.of(1, sub.map(Query.Not::new)));
    }
}
