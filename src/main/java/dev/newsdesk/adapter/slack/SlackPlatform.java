package dev.newsdesk.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.newsdesk.app.chat.ChatPlatform;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.Pacer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sends Block Kit payloads ({@link SlackBlocks}) with {@code chat.postMessage}, edits with {@code chat.update},
 * uploads charts with the files upload v2 flow, answers slash commands through their {@code response_url} (falling
 * back to {@code chat.postMessage} when it has expired), and sorts Slack's answers into outcomes.
 */
public final class SlackPlatform implements ChatPlatform {
    private static final Logger log = LoggerFactory.getLogger(SlackPlatform.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(5);
    /** The chat is gone for the bot, or the bot may not write there: {@link SendResult.Blocked}. */
    private static final Set<String> BLOCKED = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "channel_is_archived", "restricted_action", "restricted_action_read_only_channel",
            "restricted_action_thread_only_channel", "restricted_action_non_threadable_channel",
            "team_access_not_granted", "cannot_dm_bot", "messages_tab_disabled", "user_not_found");
    /**
     * Worth trying again: Slack's own trouble, and problems of the whole bot (a revoked token, a missing scope) that
     * the operator fixes, not the chat's fault.
     */
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "team_added_to_org", "invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "no_permission", "missing_scope", "ekm_access_denied");

    private final MethodsClient methods;
    private final OkHttpClient http;
    private final Predicate<String> trustedResponseUrl;

    public SlackPlatform(SlackApi api) {
        this.methods = api.methods();
        this.http = api.http();
        this.trustedResponseUrl = api::trustsResponseUrl;
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public Pacer.Limits limits() {
        return Pacer.Limits.SLACK;
    }

    /**
     * An answer to a slash command goes to its {@code response_url}, which Slack limits by itself (five answers in
     * 30 minutes per command), not by {@code chat.postMessage}'s per-channel and workspace pace. Should that URL
     * refuse, the one answer falls back to the channel unpaced, and a 429 there is still honoured.
     */
    @Override
    public boolean underPostingLimits(String payload, String format) {
        if (!payload.contains("\"response_url\"")) {
            return true; // most deliveries (alerts, digests) have none: no need to parse them on every pass
        }
        SlackPayload p = SlackPayload.parse(payload, format);
        return p.responseUrl() == null || !trustedResponseUrl.test(p.responseUrl());
    }

    @Override
    public SendResult send(ChatRef chat, String payload, String format, boolean previews) {
        SlackPayload p = SlackPayload.parse(payload, format);
        if (p.responseUrl() != null && trustedResponseUrl.test(p.responseUrl())) {
            SendResult viaUrl = respond(p);
            if (viaUrl != null) {
                return viaUrl;
            }
        }
        return call(() -> {
            ChatPostMessageResponse r = methods.chatPostMessage(req -> req.channel(chat.chatId()).text(p.text())
                    .blocksAsString(p.blocks()).unfurlLinks(previews).unfurlMedia(previews));
            return r.isOk() ? new SendResult.Sent(r.getTs()) : classify(r);
        });
    }

    @Override
    public SendResult edit(ChatRef chat, String messageId, String payload, String format, boolean previews) {
        SlackPayload p = SlackPayload.parse(payload, format);
        return call(() -> {
            ChatUpdateResponse r = methods.chatUpdate(req -> req.channel(chat.chatId()).ts(messageId).text(p.text())
                    .blocksAsString(p.blocks()));
            return r.isOk() ? new SendResult.Sent(r.getTs()) : classify(r);
        });
    }

    @Override
    public SendResult sendImage(ChatRef chat, byte[] png, String fileName, String caption, String format) {
        SlackPayload p = SlackPayload.parse(caption, format);
        return call(() -> {
            FilesUploadV2Response r = methods.filesUploadV2(req -> req.channel(chat.chatId()).fileData(png)
                    .filename(fileName).title(fileName).initialComment(p.text()).requestFileInfo(false));
            if (!r.isOk()) {
                return classify(r);
            }
            String id = r.getFiles() == null || r.getFiles().isEmpty() ? "" : r.getFiles().get(0).getId();
            return new SendResult.Sent(id == null ? "" : id);
        });
    }

    /**
     * Posts an answer to a slash command's {@code response_url}; null when that URL can no longer be used (it
     * lasts 30 minutes and five answers), so that the caller posts to the channel instead.
     */
    private SendResult respond(SlackPayload p) {
        Request req = new Request.Builder().url(p.responseUrl())
                .post(RequestBody.create(p.responseBody(), JSON)).build();
        try (Response r = http.newCall(req).execute()) {
            if (r.code() == 200) {
                return new SendResult.Sent("");
            }
            if (r.code() == 429) {
                return new SendResult.RetryAfter(retryAfter(r.header("Retry-After")));
            }
            if (r.code() >= 500) {
                return new SendResult.Transient("slack: response_url answered " + r.code());
            }
            log.info("slack: response_url answered {}, posting to the channel instead", r.code());
            return null;
        } catch (IOException e) {
            return new SendResult.Transient("slack: response_url: " + e.getMessage());
        }
    }

    private interface Call {
        SendResult run() throws IOException, SlackApiException;
    }

    private static SendResult call(Call c) {
        try {
            return c.run();
        } catch (SlackApiException e) {
            return classify(e);
        } catch (IOException e) {
            return new SendResult.Transient("slack: " + e.getMessage());
        } catch (RuntimeException e) {
            // the SDK wraps some failures (files upload v2) in unchecked exceptions
            return new SendResult.Transient("slack: " + e);
        }
    }

    /** An HTTP error: 429 with its Retry-After, else by Slack's error code where the body has one. */
    static SendResult classify(SlackApiException e) {
        int code = e.getResponse() == null ? 0 : e.getResponse().code();
        if (code == 429) {
            return new SendResult.RetryAfter(retryAfter(e.getResponse().header("Retry-After")));
        }
        String error = e.getError() == null ? null : e.getError().getError();
        if (code >= 500 || error == null) {
            return new SendResult.Transient("slack " + code + (error == null ? "" : ": " + error));
        }
        return classify(error, "slack " + code + ": " + error);
    }

    static SendResult classify(SlackApiTextResponse r) {
        return classify(r.getError() == null ? "unknown_error" : r.getError(), "slack: " + r.getError());
    }

    static SendResult classify(String error, String reason) {
        if (error.equals("ratelimited") || error.equals("rate_limited")) {
            return new SendResult.RetryAfter(DEFAULT_RETRY);
        }
        if (BLOCKED.contains(error)) {
            return new SendResult.Blocked(reason);
        }
        if (TRANSIENT.contains(error)) {
            return new SendResult.Transient(reason);
        }
        return new SendResult.Rejected(reason);
    }

    /** Retry-After in seconds (Slack never sends the date form); at least a second, at most an hour. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY;
        }
        try {
            long s = Long.parseLong(header.strip());
            return Duration.ofSeconds(Math.max(1, Math.min(3600, s)));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY;
        }
    }
}
