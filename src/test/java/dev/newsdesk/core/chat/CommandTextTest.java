package dev.newsdesk.core.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandTextTest {

    @Test
    void readsEveryPlatformForm() {
        assertThat(CommandText.parse("/digest ai 7d", "bot")).contains(new CommandText("digest", "ai 7d"));
        assertThat(CommandText.parse("/Digest@Bot  ai", "bot")).contains(new CommandText("digest", "ai"));
        assertThat(CommandText.parse("/newsdesk digest ai", "bot")).contains(new CommandText("digest", "ai"));
        assertThat(CommandText.parse("@newsdesk latest 3", null)).contains(new CommandText("latest", "3"));
        assertThat(CommandText.parse("newsdesk watch add BRICS", null)).contains(new CommandText("watch",
                "add BRICS"));
        assertThat(CommandText.parse("/newsdesk", null)).contains(new CommandText("help", ""));
    }

    @Test
    void ignoresOtherBotsAndPlainText() {
        assertThat(CommandText.parse("/digest@otherbot", "bot")).isEmpty();
        assertThat(CommandText.parse("hello there", "bot")).isEmpty();
        assertThat(CommandText.parse("/", "bot")).isEmpty();
        assertThat(CommandText.parse(null, "bot")).isEmpty();
    }

    @Test
    void wordsKeepQuotedPhrasesTogether() {
        assertThat(new CommandText("watch", "add \"export controls\" now").words())
                .isEqualTo(List.of("add", "export controls", "now"));
    }
}
