package dev.newsdesk.adapter.fetch;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows redirects itself (OkHttp's own following is off) so that it can cap them, spot loops, refuse non-http
 * targets and run the {@link HopCheck} on every hop before anything connects. As an application interceptor it sees
 * each hop once, and the response it returns carries the final request, hence the final URL.
 */
final class RedirectInterceptor implements Interceptor {

    private final int maxRedirects;
    private final HopCheck hopCheck;

    RedirectInterceptor(int maxRedirects, HopCheck hopCheck) {
        this.maxRedirects = maxRedirects;
        this.hopCheck = hopCheck;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Set<HttpUrl> seen = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            hopCheck.check(request.url(), redirects > 0);
            seen.add(request.url());
            Response response = chain.proceed(request);
            String location = isRedirect(response.code()) ? response.header("Location") : null;
            if (location == null) {
                return response; // a redirect without Location is reported as an error status by ResponseMapper
            }
            response.close();
            HttpUrl next = response.request().url().resolve(location);
            if (next == null) {
                throw new TooManyRedirectsException("redirects to " + Urls.display(location)
                        + ", which is not an http(s) URL");
            }
            if (seen.contains(next)) {
                throw new TooManyRedirectsException("redirects in a loop (back to " + Urls.display(next) + ")");
            }
            if (redirects >= maxRedirects) {
                throw new TooManyRedirectsException("redirects more than " + maxRedirects
                        + " times (fetch.max-redirects); the next one pointed to " + Urls.display(next));
            }
            // validators and Accept/User-Agent travel on: a stored ETag usually comes from the final URL anyway
            request = request.newBuilder().url(next).build();
        }
    }

    static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }
}
