package dev.newsdesk.adapter.telegram;

import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.Inline;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramHtmlTest {

    @Test
    void escapesTextAndAttributes() {
        ChatMessage m = ChatMessage.builder().paragraph(Inline.link("A <b> & \"c\"", "https://x.example/?a=1&b=\"2\""),
                Inline.bold("x<y"), Inline.text(" 5 > 3")).build();
        assertThat(new TelegramHtml().render(m)).containsExactly(
                "<a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">A &lt;b&gt; &amp; \"c\"</a><b>x&lt;y</b> 5 &gt; 3");
    }

    @Test
    void onlyHttpLinksBecomeAnchors() {
        ChatMessage m = ChatMessage.builder().paragraph(Inline.link("x", "javascript:alert(1)")).build();
        assertThat(new TelegramHtml().render(m)).containsExactly("x");
    }

    @Test
    void splitsAtBlockBoundariesFirst() {
        ChatMessage.Builder b = ChatMessage.builder();
        for (int i = 0; i < 40; i++) {
            b.paragraph(Inline.bold("Heading " + i), Inline.text(" " + "word ".repeat(40)));
        }
        List<String> parts = new TelegramHtml().render(b.build());
        assertThat(parts.size()).isGreaterThan(1);
        for (String p : parts) {
            assertThat(p.length()).isLessThanOrEqualTo(4096);
            assertThat(p).startsWith("<b>Heading");
            TelegramBotTest.assertBalanced(p);
        }
    }

    @Test
    void aHugeBlockIsSplitWithTagsClosedAndReopened() {
        String body = "A & B < C ".repeat(1500);
        ChatMessage m = ChatMessage.builder().paragraph(Inline.link(body, "https://x.example/a"),
                Inline.italic(body)).build();
        List<String> parts = new TelegramHtml().render(m);
        StringBuilder text = new StringBuilder();
        for (String p : parts) {
            assertThat(p.length()).isLessThanOrEqualTo(4096);
            TelegramBotTest.assertBalanced(p);
            text.append(p.replaceAll("<[^>]+>", ""));
        }
        assertThat(text.toString()).isEqualTo(TelegramHtml.escape(body + body));
    }

    @Property(tries = 200)
    void everyPartIsValid(@ForAll @StringLength(max = 3000) String a, @ForAll @StringLength(max = 3000) String b,
                          @ForAll @IntRange(min = 60, max = 500) int limit) {
        ChatMessage m = ChatMessage.builder().heading(Inline.text(a)).paragraph(Inline.link(b, "https://e.x/"),
                Inline.code(a)).numbered(List.of(List.of(Inline.text(b)), List.of(Inline.italic(a))), 1).build();
        List<String> parts = new TelegramHtml(limit).render(m);
        List<String> visible = new ArrayList<>();
        for (String p : parts) {
            assertThat(p.length()).isLessThanOrEqualTo(limit);
            TelegramBotTest.assertBalanced(p);
            visible.add(p);
            // never a lone half of a surrogate pair at a cut
            assertThat(Character.isHighSurrogate(p.replaceAll("(</[a-z]+>)+$", "").charAt(Math.max(0,
                    p.replaceAll("(</[a-z]+>)+$", "").length() - 1)))).isFalse();
        }
        assertThat(visible).isNotEmpty();
    }
}
