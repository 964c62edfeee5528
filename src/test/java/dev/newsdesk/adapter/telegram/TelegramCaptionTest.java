package dev.newsdesk.adapter.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramCaptionTest {

    @Test
    void aCaptionThatFitsIsLeftAlone() {
        String c = "<b>x</b>".repeat(128);
        assertThat(c).hasSize(1024);
        assertThat(TelegramCaption.fit(c, "html")).isSameAs(c);
    }

    @Test
    void aCutNeverSplitsASurrogatePairOrAnEntity() {
        String emoji = "\uD83D\uDCC8";
        String plain = TelegramCaption.fit(emoji.repeat(600), "plain");
        assertThat(plain.length()).isLessThanOrEqualTo(1024);
        assertThat(Character.isHighSurrogate(plain.charAt(plain.length() - 2))).isFalse();
        String html = TelegramCaption.fit("<i>" + "&amp;".repeat(400) + "</i>", "html");
        assertThat(html.length()).isLessThanOrEqualTo(1024);
        assertThat(html).endsWith("&amp;</i>…");
    }

    @Test
    void oneLongWordIsCutAtTheLimit() {
        String c = TelegramCaption.fit("x".repeat(5000), "plain");
        assertThat(c).hasSize(1024).endsWith("x…");
    }
}
