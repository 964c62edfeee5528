package dev.newsdesk.core.analysis.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Smith met Dr. Jones at 3 p.m. yesterday. They talked.                     | 2
            Shares of Apple Inc. rose 3.5% on Tuesday. The company said sales were strong. | 2
            The U.S. economy grew. Growth was 2.1 percent.                                 | 2
            He moved to the U.S. He found work in Ohio.                                     | 2
            J. R. R. Tolkien wrote it. It sold well.                                       | 2
            It happened on Jan. 5 and again on Feb. 10. Nobody noticed.                    | 2
            The team is ranked No. 1 in the league. Fans cheered.                          | 2
            Use a tool, e.g. a hammer, or i.e. something heavy. Then stop.                 | 2
            "We will win." Then he left.                                                    | 2
            "Really?" she asked. He nodded.                                                 | 2
            What?! No way. Yes way.                                                         | 3
            He paused... Then he spoke. It was late…  Everyone left.                        | 4
            (The deal closed.) Markets rose.                                                | 2
            Prices rose 3.5 percent, to $10.25 per share, at example.com today.           | 1
            Gen. Mills spoke to Sen. Warren about the bill.                                 | 1
            Yahoo! said it would appeal.                                                    | 1
            """)
    void sentencesInOneParagraph(String text, int count) {
        assertThat(splitter.split(text)).as(splitter.split(text).toString()).hasSize(count);
    }

    @Test
    void keepsQuotesAndBracketsWithTheSentence() {
        assertThat(splitter.split("He said \"stop.\" Then (after a pause.) it ended."))
                .containsExactly("He said \"stop.\"", "Then (after a pause.) it ended.");
    }

    @Test
    void paragraphsAndBulletsAlwaysSplit() {
        String text = "First paragraph without a stop\n\nSecond one here\n"
                + "- bullet one\n* bullet two\n• bullet three\n1. numbered four\n2) numbered five\nAfter the list.";
        assertThat(splitter.split(text)).containsExactly("First paragraph without a stop", "Second one here",
                "bullet one", "bullet two", "bullet three", "numbered four", "numbered five", "After the list.");
    }

    @Test
    void aLineBreakSplitsAfterACaptionButNotInsideASentence() {
        assertThat(splitter.split("People can expect more than a colleague\nThe cost of divorce is high."))
                .containsExactly("People can expect more than a colleague", "The cost of divorce is high.");
        assertThat(splitter.split("The country is due to repay a loan to the\nInternational Monetary Fund on Thursday\n"
                + "but there were concerns."))
                .containsExactly("The country is due to repay a loan to the International Monetary Fund on Thursday "
                        + "but there were concerns.");
    }

    @Test
    void collapsesWhiteSpaceAndSkipsEmptyPieces() {
        assertThat(splitter.split("  One\t\u00a0 two.   \r\n\r\n ... \n\n Three.  ")).containsExactly("One two.", "Three.");
        assertThat(splitter.split(null)).isEmpty();
        assertThat(splitter.split("   \n\n  ")).isEmpty();
    }

    @Test
    void hostileInputIsCutAndStaysLinear() {
        String noStops = "word ".repeat(400_000);
        String dots = ". ".repeat(400_000);
        String oneWord = "x".repeat(1_000_000);
        String abbreviations = "Mr. ".repeat(300_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<String> a = splitter.split(noStops);
            assertThat(a).allMatch(s -> s.length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
            assertThat(String.join(" ", a).length()).isLessThanOrEqualTo(SentenceSplitter.MAX_TEXT_CHARS);
            assertThat(splitter.split(dots)).isEmpty();
            assertThat(splitter.split(oneWord)).allMatch(s -> s.length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
            assertThat(splitter.split(abbreviations)).allMatch(s -> s.length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
        });
    }

    @Property(tries = 300)
    void anyTextGivesTrimmedOneLineSentences(@ForAll @StringLength(max = 400) String text) {
        for (String s : splitter.split(text)) {
            assertThat(s).isNotBlank().isEqualTo(s.strip()).doesNotContain("\n", "\r", "  ");
            assertThat(s.codePoints().anyMatch(Character::isLetterOrDigit) || s.chars().anyMatch(Character::isLetterOrDigit))
                    .isTrue();
        }
    }
}
