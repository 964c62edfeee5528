package dev.newsdesk.adapter.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log event per line, secrets masked ({@link SecretMask}). Text for people:
 * {@code 08:15:02.123 INFO  Poller - message} with any stack trace on the lines after; or, after
 * {@link #useJson(boolean) useJson(true)} ({@code logging.format: json}), one JSON object per line for log
 * collectors: {@code {"ts":"2026-11-26T08:15:02.123Z","level":"INFO","logger":"dev.newsdesk.app.Poller",
 * "thread":"poller","msg":"...","error":"java.io.IOException: ...\n\tat ..."}} ({@code error} only with one).
 */
public final class LogLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final JsonFactory JSON = new JsonFactory();
    private static volatile boolean json;

    /** Switches every newsdesk log line to JSON (true) or text (false). */
    public static void useJson(boolean on) {
        json = on;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        String message = SecretMask.mask(event.getFormattedMessage());
        String error = throwable(event.getThrowableProxy());
        return json ? json(event, message, error) : text(event, message, error);
    }

    private static String text(ILoggingEvent event, String message, String error) {
        StringBuilder b = new StringBuilder(96 + message.length());
        b.append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ');
        String level = event.getLevel().toString();
        b.append(level).append(" ".repeat(Math.max(1, 6 - level.length())));
        b.append(simpleName(event.getLoggerName())).append(" - ").append(message).append('\n');
        if (error != null) {
            b.append(error);
            if (!error.endsWith("\n")) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String json(ILoggingEvent event, String message, String error) {
        StringWriter w = new StringWriter(128 + message.length());
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("ts", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            g.writeStringField("level", event.getLevel().toString());
            g.writeStringField("logger", event.getLoggerName());
            g.writeStringField("thread", event.getThreadName());
            g.writeStringField("msg", message);
            if (error != null) {
                g.writeStringField("error", error.strip());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        // JSON escapes every line break inside the strings: the event stays on one line
        return w.append('\n').toString();
    }

    private static String throwable(IThrowableProxy proxy) {
        return proxy == null ? null : SecretMask.mask(ThrowableProxyUtil.asString(proxy));
    }

    private static String simpleName(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
