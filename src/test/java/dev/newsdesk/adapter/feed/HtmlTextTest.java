package dev.newsdesk.adapter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsBecomeBlankLines() {
        assertThat(HtmlText.text("<p>One  <b>two</b></p>\n<p>Three</p>")).isEqualTo("One two\n\nThree");
    }

    @Test
    void brAndListItemsBecomeLines() {
        assertThat(HtmlText.text("a<br>b<ul><li>x</li><li>y</li></ul>end")).isEqualTo("a\nb\n\nx\ny\n\nend");
    }

    @Test
    void entitiesDecodedScriptsDropped() {
        assertThat(HtmlText.text("Caf&eacute; &amp; bar&nbsp;<script>alert(1)</script><style>p{}</style>!"))
                .isEqualTo("Café & bar !");
    }

    @Test
    void plainTextOnlyTidied() {
        assertThat(HtmlText.text("  just   text \n\n\n next ")).isEqualTo("just text\n\nnext");
        assertThat(HtmlText.text("   ")).isNull();
        assertThat(HtmlText.text(null)).isNull();
    }

    @Test
    void linesCollapseEverything() {
        assertThat(HtmlText.line("<h1>Big</h1>\n<p>news &mdash; today</p>")).isEqualTo("Big news — today");
        assertThat(HtmlText.line("AT&T   <3")).isEqualTo("AT&T <3");
    }
}
