package dev.newsdesk.adapter.telegram;

import dev.newsdesk.adapter.http.ChatApiHttp;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;

/** Builds the Bot API client and URL from {@code telegram.api-url} (scheme, host, port). */
public final class TelegramApi {
    private TelegramApi() {
    }

    /** {@code telegram.api-url} as the {@link TelegramUrl} both the client and long polling use. */
    public static TelegramUrl url(String apiUrl) {
        URI u = URI.create(apiUrl);
        String scheme = u.getScheme() == null ? "https" : u.getScheme();
        if (u.getHost() == null) {
            throw new IllegalArgumentException("telegram.api-url: '" + apiUrl + "' has no host");
        }
        int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("http") ? 80 : 443;
        return new TelegramUrl(scheme, u.getHost(), port, false);
    }

    /** The client for sending: short timeouts, since a slow answer only delays one delivery that is retried. */
    public static OkHttpTelegramClient client(String token, TelegramUrl url) {
        return new OkHttpTelegramClient(ChatApiHttp.client(), token, url);
    }
}
