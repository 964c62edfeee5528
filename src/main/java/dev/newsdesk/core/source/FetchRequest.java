package dev.newsdesk.core.source;

import java.util.Objects;

/**
 * One conditional GET.
 *
 * @param url          absolute http(s) URL
 * @param etag         sent as If-None-Match when not null
 * @param lastModified sent as If-Modified-Since when not null
 * @param trusted      when false the request may only reach public addresses (SSRF guard), unless the operator
 *                     allowed private networks
 */
public record FetchRequest(String url, String etag, String lastModified, boolean trusted) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    /** A plain GET without validators. */
    public static FetchRequest of(String url, boolean trusted) {
        return new FetchRequest(url, null, null, trusted);
    }
}
