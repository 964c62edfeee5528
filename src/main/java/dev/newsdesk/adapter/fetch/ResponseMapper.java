package dev.newsdesk.adapter.fetch;

import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchOutcome;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Response;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** Turns the final response of a fetch into its outcome: the body (read under the cap), 304, or an error status. */
final class ResponseMapper {

    private final BodyReader bodyReader;
    private final Clock clock;

    ResponseMapper(BodyReader bodyReader, Clock clock) {
        this.bodyReader = bodyReader;
        this.clock = clock;
    }

    /**
     * @param requested the URL the caller asked for (messages name it, and the final URL when redirected)
     * @throws IOException while reading the body, {@link BodyTooLargeException} past the cap
     */
    FetchOutcome map(Response response, HttpUrl requested) throws IOException {
        int code = response.code();
        Headers headers = response.headers();
        HttpUrl finalUrl = response.request().url();
        if (code == 304) {
            return new FetchOutcome.NotModified(headers.get("ETag"), headers.get("Last-Modified"),
                    CacheHints.maxAge(headers, clock.instant()));
        }
        if (code >= 200 && code < 300) {
            byte[] body = bodyReader.read(response.body());
            return new FetchOutcome.Fetched(finalUrl.toString(), code, body, headers.get("Content-Type"),
                    headers.get("ETag"), headers.get("Last-Modified"), CacheHints.maxAge(headers, clock.instant()));
        }
        String subject = "fetch: " + Urls.display(requested)
                + (finalUrl.equals(requested) ? "" : " (redirected to " + Urls.display(finalUrl) + ")");
        if (RedirectInterceptor.isRedirect(code)) {
            return new FetchOutcome.Failed(FailureKind.HTTP_STATUS,
                    subject + " answered " + StatusPhrases.describe(code) + " without a Location header", code, null);
        }
        Duration retryAfter = code == 429 || code == 503 ? CacheHints.retryAfter(headers, clock.instant()) : null;
        String message = subject + " answered " + StatusPhrases.describe(code)
                + (retryAfter == null ? "" : " (retry in " + retryAfter.toSeconds() + " s)");
        return new FetchOutcome.Failed(FailureKind.HTTP_STATUS, message, code, retryAfter);
    }
}
