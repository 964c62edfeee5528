package dev.newsdesk.adapter.fetch;

import okhttp3.HttpUrl;

import java.io.IOException;

/** A check run on each hop's URL before the hop is requested, e.g. the SSRF guard's early check. */
@FunctionalInterface
interface HopCheck {

    /** Lets every URL through (trusted requests). */
    HopCheck NONE = (url, redirect) -> { };

    /**
     * @param url      the URL about to be requested
     * @param redirect true when the URL came from a Location header, false for the first hop
     */
    void check(HttpUrl url, boolean redirect) throws IOException;

    /** The SSRF guard's early check, with messages that say when a redirect led to the address. */
    static HopCheck guardedBy(SsrfGuard guard) {
        return (url, redirect) -> guard.checkUrl(url, redirect ? "its redirect to " + Urls.display(url) : null);
    }
}
