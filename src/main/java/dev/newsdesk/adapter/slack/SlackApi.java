package dev.newsdesk.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import dev.newsdesk.adapter.http.ChatApiHttp;
import okhttp3.OkHttpClient;

import java.net.URI;

/**
 * The Slack SDK set up for newsdesk: the Web API at {@code slack.api-url} ({@code SlackConfig}'s methods endpoint
 * prefix, so tests and proxies can stand in for slack.com), short timeouts, and none of the SDK's extras that call
 * out on their own (per-team statistics resolve the team with {@code auth.test} on every token) or log bodies.
 */
public final class SlackApi {
    private final Slack slack;
    private final OkHttpClient http;
    private final String botToken;
    private final URI apiUri;

    /**
     * @param apiUrl the Web API prefix, e.g. {@code https://slack.com/api/}; a missing trailing slash is added
     */
    public SlackApi(String apiUrl, String botToken) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        config.setLibraryMaintainerMode(false);
        config.setFailOnUnknownProperties(false);
        this.http = ChatApiHttp.client();
        this.slack = Slack.getInstance(config, new SlackHttpClient(http));
        this.botToken = botToken;
        this.apiUri = URI.create(config.getMethodsEndpointUrlPrefix());
    }

    /**
     * Whether answers may be posted to {@code url}: only Slack's own https hosts, or the host of {@code api-url} when
     * that is overridden (a proxy, a test server). A {@code response_url} comes from a verified request, but the
     * outbox is data on disk: it must never become a way to make newsdesk post anywhere.
     */
    boolean trustsResponseUrl(String url) {
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (u.getHost() == null || u.getScheme() == null) {
            return false;
        }
        String host = u.getHost().toLowerCase(java.util.Locale.ROOT);
        if (u.getScheme().equals("https") && (host.equals("slack.com") || host.endsWith(".slack.com"))) {
            return true;
        }
        return u.getScheme().equals(apiUri.getScheme()) && host.equalsIgnoreCase(apiUri.getHost())
                && u.getPort() == apiUri.getPort();
    }

    public Slack slack() {
        return slack;
    }

    /** The Web API client with the bot token. */
    public com.slack.api.methods.MethodsClient methods() {
        return slack.methods(botToken);
    }

    /** The plain HTTP client, for {@code response_url} posts. */
    OkHttpClient http() {
        return http;
    }

    String botToken() {
        return botToken;
    }
}
