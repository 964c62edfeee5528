package dev.newsdesk.adapter.chart;

import dev.newsdesk.core.digest.MentionSeries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineFoldingTest {

    private static MentionSeries.Line line(String name, int... counts) {
        List<Integer> c = new ArrayList<>();
        for (int n : counts) {
            c.add(n);
        }
        return new MentionSeries.Line(name, c);
    }

    @Test
    void eightLinesOrFewerAreDrawnAsGiven() {
        List<MentionSeries.Line> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(line("t" + i, i, 0));
        }
        assertThat(LineFolding.fold(lines, 8)).isEqualTo(lines);
    }

    @Test
    void theLeastMentionedAreSummedIntoOtherAndTheRestKeepTheirOrder() {
        List<MentionSeries.Line> lines = List.of(line("a", 1, 1), line("b", 9, 9), line("c", 0, 2),
                line("d", 5, 5), line("e", 3, 0));
        List<MentionSeries.Line> folded = LineFolding.fold(lines, 3);
        // b (18) and d (10) are the two most mentioned; a (2), c (2) and e (3) become other
        assertThat(folded).extracting(MentionSeries.Line::name).containsExactly("b", "d", "other");
        assertThat(folded.get(2).counts()).containsExactly(4, 3);
    }

    @Test
    void tiesKeepTheCallersOrderSoTheSameDataGivesTheSameChart() {
        List<MentionSeries.Line> lines = List.of(line("z", 2), line("y", 2), line("x", 2), line("w", 2));
        assertThat(LineFolding.fold(lines, 3)).extracting(MentionSeries.Line::name)
                .containsExactly("z", "y", "other");
    }

    @Test
    void otherDoesNotOverflowWithAbsurdCounts() {
        List<MentionSeries.Line> lines = List.of(line("a", Integer.MAX_VALUE), line("b", Integer.MAX_VALUE),
                line("c", Integer.MAX_VALUE), line("d", Integer.MAX_VALUE));
        assertThat(LineFolding.fold(lines, 2).get(1).counts()).containsExactly(Integer.MAX_VALUE);
    }

    @Test
    void aLimitWithoutRoomForOtherIsAProgrammerError() {
        assertThatThrownBy(() -> LineFolding.fold(List.of(), 1)).hasMessageContaining("max: 1");
    }
}
