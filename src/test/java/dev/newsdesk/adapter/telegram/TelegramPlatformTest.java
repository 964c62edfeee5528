package dev.newsdesk.adapter.telegram;

import dev.newsdesk.adapter.chart.JFreeChartRenderer;
import dev.newsdesk.adapter.chart.SampleSeries;
import dev.newsdesk.app.chat.ChatPlatform.SendResult;
import dev.newsdesk.core.chat.ChatRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits and pictures through the real TelegramBots client against the fake Bot API. */
class TelegramPlatformTest {
    private static final ChatRef ANN = new ChatRef("telegram", "42");
    private static byte[] png;
    private FakeBotApi api;
    private TelegramPlatform platform;

    @BeforeAll
    static void chart() {
        png = new JFreeChartRenderer().png(SampleSeries.of(7, 1, "AI alliances", "Nvidia"));
    }

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        platform = new TelegramPlatform(TelegramApi.client(FakeBotApi.TOKEN, TelegramApi.url(api.url())));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private String sendFirst(String html) {
        SendResult r = platform.send(ANN, html, "html", false);
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        return ((SendResult.Sent) r).messageId();
    }

    @Test
    void anEditReplacesTheTextInHtmlWithPreviewsAsAsked() {
        String id = sendFirst("<b>Nvidia</b> export rules · 2 outlets");
        SendResult r = platform.edit(ANN, id, "<b>Nvidia</b> export rules · 5 outlets", "html", false);
        assertThat(r).isEqualTo(new SendResult.Sent(id));
        assertThat(api.edits).hasSize(1);
        FakeBotApi.Edited e = api.edits.get(0);
        assertThat(e.chatId()).isEqualTo("42");
        assertThat(e.messageId()).isEqualTo(Integer.parseInt(id));
        assertThat(e.text()).isEqualTo("<b>Nvidia</b> export rules · 5 outlets");
        assertThat(e.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(e.previewsOff()).isTrue();
        assertThat(api.methodsSeen()).contains("editmessagetext");
    }

    @Test
    void aPlainEditWithPreviewsSendsNoParseMode() {
        String id = sendFirst("one");
        assertThat(platform.edit(ANN, id, "two <not a tag>", "plain", true)).isEqualTo(new SendResult.Sent(id));
        assertThat(api.edits.get(0).parseMode()).isNull();
        assertThat(api.edits.get(0).previewsOff()).isFalse();
        assertThat(api.edits.get(0).text()).isEqualTo("two <not a tag>");
    }

    @Test
    void anEditThatChangesNothingCountsAsDone() {
        String id = sendFirst("same words");
        assertThat(platform.edit(ANN, id, "same words", "html", false)).isEqualTo(new SendResult.Sent(id));
        assertThat(api.edits).as("Telegram changed nothing").isEmpty();
        assertThat(api.methodsSeen()).contains("editmessagetext");
    }

    @Test
    void aMessageGoneOrTooOldToEditIsRejectedSoTheCallerSendsANewOne() {
        SendResult gone = platform.edit(ANN, "999999", "text", "html", false);
        assertThat(gone).isInstanceOf(SendResult.Rejected.class);
        assertThat(((SendResult.Rejected) gone).reason()).contains("message to edit not found");

        String id = sendFirst("old");
        api.uneditable(Integer.parseInt(id));
        SendResult old = platform.edit(ANN, id, "new", "html", false);
        assertThat(old).isInstanceOf(SendResult.Rejected.class);
        assertThat(((SendResult.Rejected) old).reason()).contains("can't be edited");
    }

    @Test
    void anEditTooSoonIsToldToWait() {
        String id = sendFirst("v1");
        api.tooManyRequests(1, 7);
        assertThat(platform.edit(ANN, id, "v2", "html", false))
                .isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(7)));
        assertThat(platform.edit(ANN, id, "v2", "html", false)).isEqualTo(new SendResult.Sent(id));
    }

    @Test
    void aMessageIdThatIsNotOneIsRejectedWithoutAsking() {
        for (String bad : new String[] {"", "abc", "-5", "0", "99999999999", "12;drop"}) {
            assertThat(platform.edit(ANN, bad, "x", "html", false)).as(bad).isInstanceOf(SendResult.Rejected.class);
        }
        assertThat(api.methodsSeen()).doesNotContain("editmessagetext");
    }

    @Test
    void whatTheLibraryRefusesToSendIsRejectedNotRetried() {
        String id = sendFirst("v1");
        SendResult r = platform.edit(ANN, id, "", "html", false);
        assertThat(r).isInstanceOf(SendResult.Rejected.class);
        assertThat(platform.send(ANN, "", "html", false)).isInstanceOf(SendResult.Rejected.class);
        assertThat(api.methodsSeen()).doesNotContain("editmessagetext");
        assertThat(api.sent).hasSize(1);
    }

    @Test
    void aChartIsUploadedAsAPhotoWithItsHtmlCaption() throws Exception {
        SendResult r = platform.sendImage(ANN, png, "mentions.png", "<b>Mentions per day</b> — last 7 d", "html");
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        assertThat(api.photos).hasSize(1);
        FakeBotApi.Photo p = api.photos.get(0);
        assertThat(((SendResult.Sent) r).messageId()).isEqualTo(String.valueOf(p.messageId()));
        assertThat(p.chatId()).isEqualTo("42");
        assertThat(p.bytes()).isEqualTo(png);
        assertThat(p.fileName()).isEqualTo("mentions.png");
        assertThat(p.caption()).isEqualTo("<b>Mentions per day</b> — last 7 d");
        assertThat(p.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(p.captionEntities()).as("parse_mode alone says how to read the caption").isNull();
        assertThat(ImageIO.read(new ByteArrayInputStream(p.bytes())).getWidth()).isEqualTo(1000);
        assertThat(api.methodsSeen()).contains("sendphoto");
    }

    @Test
    void aLongHtmlCaptionIsCutBelowTelegramsLimitWithItsTagsClosed() {
        StringBuilder caption = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            caption.append("<b>").append(i).append(". Nvidia &amp; BRICS</b> <a href=\"https://x.example/")
                    .append(i).append("\">story</a>\n");
        }
        assertThat(caption.length()).isGreaterThan(3000);
        assertThat(platform.sendImage(ANN, png, "c.png", caption.toString(), "html"))
                .isInstanceOf(SendResult.Sent.class);
        String sent = api.photos.get(0).caption();
        assertThat(sent.length()).isLessThanOrEqualTo(1024);
        assertThat(sent).startsWith("<b>1. Nvidia &amp; BRICS</b>").endsWith("…");
        assertThat(count(sent, "<b>")).isEqualTo(count(sent, "</b>"));
        assertThat(count(sent, "<a ")).isEqualTo(count(sent, "</a>"));
        assertThat(sent).doesNotContainPattern("&[a-z]*…").doesNotContainPattern("<[^>]*…");
    }

    @Test
    void aLongPlainCaptionIsCutAtASpace() {
        String caption = "word ".repeat(400);
        assertThat(platform.sendImage(ANN, png, "c.png", caption, "plain")).isInstanceOf(SendResult.Sent.class);
        FakeBotApi.Photo p = api.photos.get(0);
        assertThat(p.caption().length()).isLessThanOrEqualTo(1024);
        assertThat(p.caption()).endsWith("word…");
        assertThat(p.parseMode()).isNull();
    }

    @Test
    void aPictureMeetsTheSameRefusalsAsAMessage() {
        api.tooManyRequests(1, 3);
        assertThat(platform.sendImage(ANN, png, "c.png", "", "html"))
                .isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(3)));
        api.block(42);
        assertThat(platform.sendImage(ANN, png, "c.png", "", "html")).isInstanceOf(SendResult.Blocked.class);
        api.migrate(-100, -1_000_000_100L);
        assertThat(platform.sendImage(new ChatRef("telegram", "-100"), png, "c.png", "x", "html"))
                .isEqualTo(new SendResult.Migrated("-1000000100"));
        assertThat(api.photos).isEmpty();
    }

    @Test
    void anEmptyOrOversizedPictureIsRejectedWithoutAsking() {
        assertThat(platform.sendImage(ANN, new byte[0], "c.png", "x", "html")).isInstanceOf(SendResult.Rejected.class);
        assertThat(platform.sendImage(ANN, null, "c.png", "x", "html")).isInstanceOf(SendResult.Rejected.class);
        assertThat(platform.sendImage(ANN, new byte[TelegramPlatform.PHOTO_LIMIT_BYTES + 1], "c.png", "x", "html"))
                .isInstanceOf(SendResult.Rejected.class);
        assertThat(api.methodsSeen()).doesNotContain("sendphoto");
    }

    @Test
    void bytesThatAreNoPictureAreRejectedByTelegram() {
        SendResult r = platform.sendImage(ANN, "not a png".getBytes(), "c.png", null, "html");
        assertThat(r).isInstanceOf(SendResult.Rejected.class);
        assertThat(((SendResult.Rejected) r).reason()).contains("IMAGE_PROCESS_FAILED");
    }

    @Test
    void fileNamesLoseTheirPathsAndControlCharacters() {
        assertThat(TelegramPlatform.fileName("../../etc/passwd\u0000.png")).isEqualTo("....etcpasswd.png");
        assertThat(TelegramPlatform.fileName("  ")).isEqualTo("chart.png");
        assertThat(TelegramPlatform.fileName(null)).isEqualTo("chart.png");
        assertThat(TelegramPlatform.fileName("x".repeat(500) + ".png")).hasSize(64).endsWith(".png");
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
