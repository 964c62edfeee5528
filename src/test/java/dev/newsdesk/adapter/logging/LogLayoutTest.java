package dev.newsdesk.adapter.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogLayoutTest {
    private static final String TOKEN = "7712345678:AAH-very-secret-bot-token-value_0123456789";
    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger("dev.newsdesk.app.Poller");
    private final LogLayout layout = new LogLayout();

    @AfterEach
    void reset() {
        LogLayout.useJson(false);
        SecretMask.register(List.of());
    }

    private LoggingEvent event(Level level, String message, Throwable t, Object... args) {
        LoggingEvent e = new LoggingEvent("test", logger, level, message, t, args);
        e.setThreadName("poller");
        return e;
    }

    @Test
    void textIsOneLinePerEventWithTheStackTraceAfter() {
        String line = layout.doLayout(event(Level.INFO, "poll source={} items={}", null, "gtw", 2));
        assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Poller - poll source=gtw items=2\n");
        String withError = layout.doLayout(event(Level.ERROR, "failed", new IOException("boom")));
        assertThat(withError).contains("ERROR Poller - failed\njava.io.IOException: boom\n\tat ");
    }

    @Test
    void jsonIsOneObjectPerLineWithTheFormattedMessageAndTheErrorInside() throws Exception {
        LogLayout.useJson(true);
        String line = layout.doLayout(event(Level.WARN, "poll source={} says \"{}\"\nsecond line", new IOException(
                "boom"), "gtw", "quoted"));
        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("logger").asText()).isEqualTo("dev.newsdesk.app.Poller");
        assertThat(json.get("thread").asText()).isEqualTo("poller");
        assertThat(json.get("msg").asText()).isEqualTo("poll source=gtw says \"quoted\"\nsecond line");
        assertThat(json.get("error").asText()).startsWith("java.io.IOException: boom").contains("\tat ");
        assertThat(json.get("ts").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void configuredSecretsAndTokenShapedTextAreMaskedInMessagesAndErrors() throws Exception {
        SecretMask.register(List.of("webhook_S3cret", "", "abc"));
        String url = "https://api.telegram.org/bot" + TOKEN + "/getUpdates";
        String text = layout.doLayout(event(Level.ERROR, "call {} failed; secret {} short {}",
                new IOException("POST " + url + " xoxb-1234567890-abcdefghij"), url, "webhook_S3cret", "abc"));
        assertThat(text).doesNotContain(TOKEN, "webhook_S3cret", "xoxb-1234567890")
                .contains("https://api.telegram.org/bot****/getUpdates", "secret ****", "short abc");
        LogLayout.useJson(true);
        JsonNode json = new ObjectMapper().readTree(layout.doLayout(event(Level.INFO, "token={}", null, TOKEN)));
        assertThat(json.get("msg").asText()).isEqualTo("token=****");
    }
}
