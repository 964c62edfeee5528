package dev.newsdesk.core.analysis.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    @Test
    void wordsAreLowerCaseRunsOfLettersAndDigits() {
        assertThat(Tokenizer.words("Nvidia's H100: $3.5bn — Übernahme!")).containsExactly("nvidia", "s", "h100", "3",
                "5bn", "übernahme");
        assertThat(Tokenizer.words(null)).isEmpty();
        assertThat(Tokenizer.words("a".repeat(100))).containsExactly("a".repeat(Tokenizer.MAX_WORD_CHARS));
    }

    @Test
    void contentWordsDropStopWordsAndFoldInflections() {
        assertThat(Tokenizer.contentWords("The markets rallied as investors expected rates to fall"))
                .containsExactly("market", "rally", "investor", "expect", "rate", "fall");
        assertThat(Stemmer.stem("running")).isEqualTo("run");
        assertThat(Stemmer.stem("selling")).isEqualTo("sell");
        assertThat(Stemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(Stemmer.stem("bus")).isEqualTo("bus");
    }
}
