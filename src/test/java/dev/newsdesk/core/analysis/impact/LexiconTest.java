package dev.newsdesk.core.analysis.impact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {
    @Test
    void builtInLexiconParses() {
        assertThat(Lexicon.builtIn().size()).isGreaterThan(800);
    }

    @Test
    void aTermMayPlaySeveralRolesAndPhrasesBeatWords() {
        Lexicon lex = Lexicon.parse("test", """
                metric +1: growth, net sales
                rise 1.0: growth
                intensity 1.3 high: record   # comment
                sector chips: nvidia=Nvidia
                """);
        Term growth = lex.get("growth");
        assertThat(growth.metric()).isEqualTo(1);
        assertThat(growth.change()).isEqualTo(1);
        assertThat(lex.get("record").magnitude()).isEqualTo(Magnitude.HIGH);
        assertThat(lex.get("nvidia").asset()).isEqualTo("Nvidia");
        assertThat(lex.startsPhrase("net")).isTrue();
        assertThat(lex.get("net sales").metric()).isEqualTo(1);
        ImpactAnalyzer analyzer = new ImpactAnalyzer(lex);
        assertThat(analyzer.analyzeSentence("Net sales growth at Nvidia").assets()).containsExactly("Nvidia");
    }

    @Test
    void termsAreNormalisedLikeSentences() {
        Lexicon lex = Lexicon.parse("test", "event -0.6: Loss-Making, didn't\n");
        assertThat(lex.get("loss making")).isNotNull();
        assertThat(lex.get("didnt")).isNotNull();
    }

    @Test
    void badLinesAreNamed() {
        assertThatThrownBy(() -> Lexicon.parse("my.lex", "metric +1: profit\nbogus: word\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("my.lex line 2")
                .hasMessageContaining("bogus");
        assertThatThrownBy(() -> Lexicon.parse("my.lex", "metric 2: profit"))
                .hasMessageContaining("my.lex line 1");
        assertThatThrownBy(() -> Lexicon.parse("my.lex", "event x: profit"))
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> Lexicon.parse("my.lex", "event -1 profit"))
                .hasMessageContaining("no ':'");
        assertThatThrownBy(() -> Lexicon.parse("my.lex", "event -1: 500 jobs"))
                .hasMessageContaining("words only");
        assertThatThrownBy(() -> Lexicon.parse("my.lex", "sector moon: rocket"))
                .hasMessageContaining("moon");
    }
}
