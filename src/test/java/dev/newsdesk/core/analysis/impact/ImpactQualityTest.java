package dev.newsdesk.core.analysis.impact;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality at the level reached. The PhraseBank is evaluation only: these assertions measure the shipped lexicon,
 * nothing in it was learnt or tuned from PhraseBank sentences. Skips with a message when the corpus is absent.
 */
class ImpactQualityTest {
    private static final ImpactAnalyzer IMPACT = new ImpactAnalyzer(Lexicon.builtIn());

    @Test
    void ownDevelopmentSentences() {
        assertThat(LabelledSentences.accuracy(IMPACT, LabelledSentences.devSet())).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void financialPhraseBankDevelopmentPart() {
        Optional<Path> corpus = LabelledSentences.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "financial-phrasebank-dev not found under -Dnewsdesk.corpus="
                + System.getProperty("newsdesk.corpus") + ": skipped");
        double all = LabelledSentences.accuracy(IMPACT, LabelledSentences.phraseBank(corpus.get(), "AllAgree"));
        double fifty = LabelledSentences.accuracy(IMPACT, LabelledSentences.phraseBank(corpus.get(), "50Agree"));
        assertThat(all).as("AllAgree accuracy").isGreaterThanOrEqualTo(0.87);
        assertThat(fifty).as("50Agree accuracy").isGreaterThanOrEqualTo(0.75);
    }
}
