package dev.newsdesk.adapter.telegram;

import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Duration;

/** Sends rendered messages with {@code sendMessage} and sorts the Bot API's answers into outcomes. */
public final class TelegramPlatform implements ChatPlatform {
    private final TelegramClient client;

    public TelegramPlatform(TelegramClient client) {
        this.client = client;
    }

    @Override
    public String platform() {
        return "telegram";
    }

    @Override
    public Pacer.Limits limits() {
        return Pacer.Limits.TELEGRAM;
    }

    @Override
    public SendResult send(ChatRef chat, String payload, String format, boolean previews) {
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chat.chatId()).text(payload)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(!previews).build());
        if (format.equals("html")) {
            b.parseMode(ParseMode.HTML);
        }
        try {
            Message m = client.execute(b.build());
            return new SendResult.Sent(m == null || m.getMessageId() == null ? "" : m.getMessageId().toString());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return new SendResult.Transient("telegram: " + e.getMessage());
        } catch (RuntimeException e) {
            return new SendResult.Transient("telegram: " + e);
        }
    }

    static SendResult classify(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        ResponseParameters p = e.getParameters();
        String reason = "telegram " + code + ": " + e.getApiResponse();
        if (p != null && p.getMigrateToChatId() != null) {
            return new SendResult.Migrated(p.getMigrateToChatId().toString());
        }
        if (code == null) {
            return new SendResult.Transient(reason);
        }
        if (code == 429) {
            int s = p != null && p.getRetryAfter() != null ? p.getRetryAfter() : 5;
            return new SendResult.RetryAfter(Duration.ofSeconds(Math.max(1, s)));
        }
        if (code == 403) {
            return new SendResult.Blocked(reason);
        }
        if (code == 400 && e.getApiResponse() != null && e.getApiResponse().toLowerCase(java.util.Locale.ROOT)
                .contains("chat not found")) {
            return new SendResult.Blocked(reason);
        }
        if (code >= 400 && code < 500) {
            return new SendResult.Rejected(reason);
        }
        return new SendResult.Transient(reason);
    }
}
