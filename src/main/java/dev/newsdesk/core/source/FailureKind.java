package dev.newsdesk.core.source;

/** Why a poll failed, sorted so that a person knows what to do about it. */
public enum FailureKind {
    /** No answer in time (connect, read or the whole request). */
    TIMEOUT("timed out"),
    /** The host name does not resolve. */
    DNS("host name does not resolve"),
    /** Connection refused or reset. */
    CONNECTION("connection failed"),
    /** TLS handshake or certificate problem. */
    TLS("TLS/certificate error"),
    /** The server answered with an error status. */
    HTTP_STATUS("HTTP error status"),
    /** The body was larger than fetch.max-body. */
    TOO_LARGE("response too large"),
    /** More than the allowed redirects, or a redirect loop or a redirect to a non-http URL. */
    TOO_MANY_REDIRECTS("too many redirects"),
    /** The address is on a private, loopback or otherwise forbidden network. */
    BLOCKED("blocked address"),
    /** The body is not a feed (e.g. an HTML page or random bytes). */
    NOT_A_FEED("not a feed"),
    /** The body looks like a feed but could not be read. */
    PARSE_ERROR("parse error"),
    /** A bug or an unexpected condition inside newsdesk. */
    INTERNAL("internal error");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** A short human label, e.g. "timed out". */
    public String label() {
        return label;
    }

    /** The spelling used in the store and in JSON: lower case with dashes. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static FailureKind fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
