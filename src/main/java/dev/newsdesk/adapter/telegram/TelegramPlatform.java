package dev.newsdesk.adapter.telegram;

import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sends rendered messages with {@code sendMessage}, edits them with {@code editMessageText}, sends charts with
 * {@code sendPhoto}, and sorts the Bot API's answers into outcomes.
 */
public final class TelegramPlatform implements ChatPlatform {
    /** Telegram's limit for a photo uploaded by a bot. */
    static final int PHOTO_LIMIT_BYTES = 10 * 1024 * 1024;
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
                .linkPreviewOptions(previews(previews));
        if (format.equals("html")) {
            b.parseMode(ParseMode.HTML);
        }
        return attempt(() -> messageId(client.execute(b.build())), TelegramPlatform::classify);
    }

    /**
     * Edits with {@code editMessageText}. An edit that changes nothing counts as done; a message Telegram no longer
     * has or lets the bot edit (deleted, too old) is {@link SendResult.Rejected}, and the caller sends a new one.
     */
    @Override
    public SendResult edit(ChatRef chat, String messageId, String payload, String format, boolean previews) {
        Integer id = parseMessageId(messageId);
        if (id == null) {
            return new SendResult.Rejected("telegram: cannot edit message '" + messageId + "': not a message id");
        }
        EditMessageText.EditMessageTextBuilder<?, ?> b = EditMessageText.builder().chatId(chat.chatId())
                .messageId(id).text(payload).linkPreviewOptions(previews(previews));
        if (format.equals("html")) {
            b.parseMode(ParseMode.HTML);
        }
        return attempt(() -> {
            client.execute(b.build());
            return id.toString();
        }, e -> notModified(e) ? new SendResult.Sent(id.toString()) : classify(e));
    }

    /**
     * Uploads the PNG with {@code sendPhoto} (multipart), the caption cut to Telegram's 1,024 characters on a safe
     * boundary. Refuses an empty picture or one over Telegram's 10 MB without asking.
     */
    @Override
    public SendResult sendImage(ChatRef chat, byte[] png, String fileName, String caption, String format) {
        if (png == null || png.length == 0 || png.length > PHOTO_LIMIT_BYTES) {
            return new SendResult.Rejected("telegram: a picture of " + (png == null ? 0 : png.length)
                    + " bytes cannot be sent (1 byte to 10 MB)");
        }
        String fitted;
        try {
            fitted = caption == null ? "" : TelegramCaption.fit(caption, format);
        } catch (RuntimeException e) {
            // only a caption that is not the HTML our renderer makes gets here; sending it again would fail again
            return new SendResult.Rejected("telegram: caption cannot be cut: " + e);
        }
        SendPhoto.SendPhotoBuilder<?, ?> b = SendPhoto.builder().chatId(chat.chatId())
                .photo(new InputFile(new ByteArrayInputStream(png), fileName(fileName)));
        if (!fitted.isEmpty()) {
            b.caption(fitted);
            if (format.equals("html")) {
                b.parseMode(ParseMode.HTML);
            }
        }
        return attempt(() -> {
            SendPhoto photo = b.build();
            // the Bot API takes parse_mode or caption_entities, not both; the library would send an empty list
            photo.setCaptionEntities(null);
            return messageId(client.execute(photo));
        }, TelegramPlatform::classify);
    }

    /** One Bot API call that yields a message id. */
    @FunctionalInterface
    private interface Call {
        String messageId() throws TelegramApiException;
    }

    /** Runs a call and sorts what happened; {@code refused} reads the Bot API's error answers. */
    private static SendResult attempt(Call call, Function<TelegramApiRequestException, SendResult> refused) {
        try {
            return new SendResult.Sent(call.messageId());
        } catch (TelegramApiRequestException e) {
            return refused.apply(e);
        } catch (TelegramApiException e) {
            if (e instanceof TelegramApiValidationException || e.getCause() instanceof TelegramApiValidationException) {
                // the library refused to send it (empty text, a required field missing): it would refuse again
                Throwable why = e.getCause() instanceof TelegramApiValidationException ? e.getCause() : e;
                return new SendResult.Rejected("telegram: " + why.getMessage());
            }
            return new SendResult.Transient("telegram: " + e.getMessage());
        } catch (RuntimeException e) {
            return new SendResult.Transient("telegram: " + e);
        }
    }

    private static String messageId(Message m) {
        return m == null || m.getMessageId() == null ? "" : m.getMessageId().toString();
    }

    private static LinkPreviewOptions previews(boolean on) {
        return LinkPreviewOptions.builder().isDisabled(!on).build();
    }

    private static Integer parseMessageId(String messageId) {
        if (messageId == null || !messageId.matches("[0-9]{1,10}")) {
            return null;
        }
        long id = Long.parseLong(messageId);
        return id > 0 && id <= Integer.MAX_VALUE ? (int) id : null;
    }

    /** Telegram answers 400 when an edit would leave the message as it is: the message already says this. */
    private static boolean notModified(TelegramApiRequestException e) {
        return e.getErrorCode() != null && e.getErrorCode() == 400 && e.getApiResponse() != null
                && e.getApiResponse().toLowerCase(Locale.ROOT).contains("message is not modified");
    }

    /** A file name Telegram shows, without any path; {@code chart.png} when none is given. */
    static String fileName(String name) {
        String n = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\\"]", "").strip();
        if (n.length() > 64) {
            // the end holds the extension; a low surrogate cut from its pair is dropped
            n = n.substring(n.length() - 64);
            n = Character.isLowSurrogate(n.charAt(0)) ? n.substring(1) : n;
        }
        return n.isEmpty() ? "chart.png" : n;
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
        if (code == 400 && e.getApiResponse() != null && e.getApiResponse().toLowerCase(Locale.ROOT)
                .contains("chat not found")) {
            return new SendResult.Blocked(reason);
        }
        if (code >= 400 && code < 500) {
            return new SendResult.Rejected(reason);
        }
        return new SendResult.Transient(reason);
    }
}
