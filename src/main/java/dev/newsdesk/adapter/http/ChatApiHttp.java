package dev.newsdesk.adapter.http;

import okhttp3.OkHttpClient;

import java.time.Duration;

/**
 * The HTTP client the chat platforms' API clients send with: Nagle off ({@link NoDelaySockets}), short timeouts,
 * since a slow answer only delays one delivery that is retried, and up to 64 requests at once to the one API host
 * (OkHttp's default of 5 would queue the outbox's senders behind each other).
 */
public final class ChatApiHttp {
    private ChatApiHttp() {
    }

    public static OkHttpClient client() {
        OkHttpClient http = new OkHttpClient.Builder()
                .socketFactory(new NoDelaySockets())
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(40))
                .build();
        http.dispatcher().setMaxRequestsPerHost(64);
        return http;
    }
}
