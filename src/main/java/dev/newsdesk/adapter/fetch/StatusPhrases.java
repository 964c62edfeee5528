package dev.newsdesk.adapter.fetch;

import java.util.Map;

/**
 * Standard reason phrases for statuses a feed server commonly answers with. Used instead of the server's own text,
 * which is missing in HTTP/2 and often odd ("HTTP/1.1 404 Client Error").
 */
final class StatusPhrases {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(305, "Use Proxy"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(412, "Precondition Failed"),
            Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"), Map.entry(418, "I'm a teapot"),
            Map.entry(421, "Misdirected Request"), Map.entry(422, "Unprocessable Content"),
            Map.entry(425, "Too Early"), Map.entry(426, "Upgrade Required"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"),
            Map.entry(508, "Loop Detected"), Map.entry(511, "Network Authentication Required"));

    private StatusPhrases() {
    }

    /** "404 Not Found", or just "599" for a status without a standard phrase. */
    static String describe(int status) {
        String phrase = PHRASES.get(status);
        return phrase == null ? Integer.toString(status) : status + " " + phrase;
    }
}
