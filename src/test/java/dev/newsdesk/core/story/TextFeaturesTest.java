package dev.newsdesk.core.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTest {
    @Test
    void numbersMeetWhateverTheirSpelling() {
        TextFeatures a = TextFeatures.of("Bitcoin tops $70,000", "");
        TextFeatures b = TextFeatures.of("Bitcoin above 70000 dollars", "");
        assertThat(a.numbers()).containsExactly(b.numbers());
        assertThat(TextFeatures.of("Nvidia revenue $35.10bn", "").numbers())
                .containsExactly(TextFeatures.of("Nvidia revenue 35.1 billion", "").numbers());
    }

    @Test
    void phrasesAndVariantsMeet() {
        TextFeatures a = TextFeatures.of("Federal Reserve hikes rates 25 basis points", "");
        TextFeatures b = TextFeatures.of("Fed raises rates by a quarter point", "");
        assertThat(Similarity.vetoed(a, b)).isFalse();
        assertThat(Similarity.score(a, b)).isGreaterThan(0.5);
    }

    @Test
    void firstNamesDoNotMakeStrangers() {
        TextFeatures a = TextFeatures.of("Donald Trump found guilty on all 34 counts", "");
        TextFeatures b = TextFeatures.of("Trump convicted on 34 felony counts in New York", "");
        assertThat(a.names()).hasSize(1);
        assertThat(Similarity.vetoed(a, b)).isFalse();
    }

    @Test
    void titleCaseHeadlinesHaveNoNamesByCapitals() {
        assertThat(TextFeatures.of("Nvidia Revenue Tops Estimates On Strong Demand", "").names()).isEmpty();
    }

    @Test
    void yearsAreNotNumbersThatMustMatch() {
        assertThat(TextFeatures.of("China's GDP grows in 2023", "").numbers()).isEmpty();
    }
}
