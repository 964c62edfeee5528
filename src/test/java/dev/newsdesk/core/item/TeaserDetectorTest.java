package dev.newsdesk.core.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TeaserDetectorTest {

    private static final String LONG = "Word and more words in a sentence that goes on. ".repeat(12);

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "Continue reading →", "[…]", "[...]", "...", "…", "(more…)",
            "The post Rates rise appeared first on Example News."})
    void aCutMarkerAtTheEndMakesATeaser(String ending) {
        assertThat(TeaserDetector.isTeaser("Title", LONG + ending)).isTrue();
    }

    @Test
    void aShortTextIsATeaserAndALongOneIsNot() {
        assertThat(TeaserDetector.isTeaser("Rates rise", "The bank raised rates on Tuesday.")).isTrue();
        assertThat(TeaserDetector.isTeaser("Rates rise", LONG)).isFalse();
    }

    @Test
    void nothingOrOnlyTheTitleIsATeaser() {
        assertThat(TeaserDetector.isTeaser("Rates rise", null)).isTrue();
        assertThat(TeaserDetector.isTeaser("Rates rise", "  ")).isTrue();
        assertThat(TeaserDetector.isTeaser(null, "  Rates   rise ")).isTrue();
        assertThat(TeaserDetector.isTeaser(null, LONG)).isFalse();
    }

    @Test
    void aHugeTextIsJudgedQuickly() {
        assertThat(TeaserDetector.isTeaser("t", "word ".repeat(2_000_000))).isFalse();
    }
}
