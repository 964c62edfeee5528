package dev.newsdesk.core.analysis.summary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractiveSummarizerTest {
    static final String ARTICLE = """
            Putin announces international AI alliance to enhance cooperation in AI development and infrastructure

            Russian President Vladimir Putin on Tuesday announced an international alliance on artificial intelligence \
            with BRICS partners, pooling AI development and data-centre infrastructure.
            The alliance would give members an alternative to Western AI platforms, Putin said at a conference in Moscow.
            Officials from China, India and Brazil attended the launch of the AI alliance.
            The weather in Moscow was cold and grey on Tuesday.
            Members are expected to announce the first joint infrastructure investments next month.
            Analysts will monitor whether Western chip export controls slow the alliance's data-centre plans.
            Russia has spent heavily on AI research since 2019, according to government figures.
            A spokesman declined to say how much each member would contribute to the alliance.
            """;

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    @Test
    void summaryTakeawaysAndWatchAreDistinctSentencesOfTheArticle() {
        Summary s = summarizer.summarize("Putin announces AI alliance", ARTICLE);
        assertThat(s.summary()).startsWith("Russian President Vladimir Putin on Tuesday announced");
        assertThat(s.takeaways()).hasSizeBetween(3, 5).doesNotHaveDuplicates()
                .noneMatch(t -> s.summary().contains(t));
        assertThat(s.watch()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .contains("Members are expected to announce the first joint infrastructure investments next month.")
                .noneMatch(w -> s.summary().contains(w));
        assertThat(s.producer()).isEqualTo(Summary.EXTRACTIVE);
        assertThat(s.impactRationale()).isEmpty();
    }

    @Test
    void nSentencesComeInDocumentOrderWithoutRepeats() {
        String text = "Nvidia shares fell 5% after new export controls on AI chips. "
                + "Nvidia shares fell 5% after the new export controls on AI chips were announced. "
                + "The rules cover accelerators sold to China. Nvidia said it would comply.";
        List<String> three = summarizer.summarizeSentences(null, text, 3);
        assertThat(three).hasSize(3);
        assertThat(three.get(0)).startsWith("Nvidia shares fell 5% after new export");
        assertThat(three).noneMatch(x -> x.contains("were announced"));
        assertThat(summarizer.summarizeSentences(null, text, 10)).hasSize(3);
        assertThat(summarizer.summarizeSentences(null, text, 0)).isEmpty();
    }

    @Test
    void shortAndEmptyTexts() {
        Summary one = summarizer.summarize(null, "Bitcoin rose 4% on Monday.");
        assertThat(one.summary()).isEqualTo("Bitcoin rose 4% on Monday.");
        assertThat(one.takeaways()).isEmpty();
        assertThat(summarizer.summarize("title", "")).isEqualTo(Summary.empty());
        assertThat(summarizer.summarize(null, null)).isEqualTo(Summary.empty());
        assertThat(summarizer.summarize("h", "...\n\n---").summary()).isEmpty();
        Summary two = summarizer.summarize(null, "Bitcoin rose 4% on Monday. Ether followed with a 3% gain.");
        assertThat(two.summary()).isEqualTo("Bitcoin rose 4% on Monday.");
        assertThat(two.takeaways()).containsExactly("Ether followed with a 3% gain.");
    }

    @Test
    void hostileInputEndsQuickly() {
        String huge = "Markets could rally. ".repeat(100_000) + "word ".repeat(200_000);
        Summary s = summarizer.summarize("x".repeat(100_000), huge);
        assertThat(s.summary()).isNotEmpty();
        assertThat(s.takeaways()).hasSizeLessThanOrEqualTo(ExtractiveSummarizer.MAX_TAKEAWAYS);
    }
}
