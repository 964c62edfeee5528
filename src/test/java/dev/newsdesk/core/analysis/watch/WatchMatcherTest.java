package dev.newsdesk.core.analysis.watch;

import dev.newsdesk.core.analysis.query.MatchDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchMatcherTest {
    private static MatchDocument doc(String title, String text) {
        return MatchDocument.of(title, text, "s", "S");
    }

    @Test
    void parsesNameAndAliases() {
        WatchTerm t = WatchTerm.parse(" Nvidia | NVDA ||");
        assertThat(t.name()).isEqualTo("Nvidia");
        assertThat(t.aliases()).containsExactly("Nvidia", "NVDA");
        assertThat(WatchTerm.parse(t.toString())).isEqualTo(t);
        assertThatThrownBy(() -> WatchTerm.parse(" | - ")).hasMessage("watch term ' | - ' has no letters or digits");
        assertThatThrownBy(() -> WatchTerm.parse(null)).hasMessage("watch term: null");
    }

    @Test
    void reportsDisplayNamesInTermOrderOnce() {
        WatchMatcher m = WatchMatcher.of(List.of("BRICS", "Nvidia|NVDA", "Bitcoin|BTC"));
        MatchDocument d = doc("NVDA falls as bitcoin slides", "Nvidia's shares fell; BRICS leaders met. BTC too.");
        assertThat(m.hits(d)).containsExactly("BRICS", "Nvidia", "Bitcoin");
        assertThat(m.hits(doc("Nothing here", "at all"))).isEmpty();
    }

    @Test
    void shortUpperCaseAliasesAreCaseSensitive() {
        WatchMatcher m = WatchMatcher.of(List.of("Ethereum|ETH", "AI"));
        assertThat(m.hits(doc("Beth and eth", "the eth word in lower case; said; ai"))).isEmpty();
        assertThat(m.hits(doc("ETH rallies", "AI stocks too"))).containsExactly("Ethereum", "AI");
        assertThat(m.hits(doc("ethereum upgrade", ""))).containsExactly("Ethereum"); // long alias: any case
    }

    @Test
    void wholeWordsAndPhrases() {
        WatchMatcher m = WatchMatcher.of(List.of("OpenAI", "European Central Bank|ECB", "S&P 500"));
        assertThat(m.hits(doc("OpenAIs", "openai-like"))).containsExactly("OpenAI"); // "openai-like" has the word
        assertThat(m.hits(doc("European bank", "central European"))).isEmpty();
        assertThat(m.hits(doc("The European Central Bank", ""))).containsExactly("European Central Bank");
        assertThat(m.hits(doc("S&P 500 record", ""))).containsExactly("S&P 500");
        assertThat(m.hits(doc("s&p 500 record", ""))).containsExactly("S&P 500"); // 7 characters: not ticker-like
    }

    @Test
    void tickerLikeRule() {
        assertThat(WatchMatcher.isTickerLike("ETH")).isTrue();
        assertThat(WatchMatcher.isTickerLike("S&P")).isTrue();
        assertThat(WatchMatcher.isTickerLike("BRICS")).isTrue();
        assertThat(WatchMatcher.isTickerLike("NVIDIA")).isFalse(); // six characters
        assertThat(WatchMatcher.isTickerLike("Eth")).isFalse();
        assertThat(WatchMatcher.isTickerLike("500")).isFalse();
    }
}
