package dev.newsdesk.adapter.feed;

/** Guesses what a body is from its first significant bytes, without decoding it. */
final class BodySniffer {

    /** What a body looks like. */
    enum Kind { EMPTY, JSON, MARKUP, OTHER }

    private BodySniffer() {
    }

    static Kind sniff(byte[] b) {
        if (b == null || b.length == 0) {
            return Kind.EMPTY;
        }
        int n = b.length;
        if (n >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return Kind.MARKUP; // UTF-16 with a byte order mark: JSON is never sent that way in practice
        }
        int i = 0;
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            i = 3;
        }
        // skip whitespace and NULs (UTF-16/32 without a byte order mark interleave zeros)
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n' || b[i] == 0)) {
            i++;
        }
        if (i == n) {
            return Kind.EMPTY;
        }
        if (b[i] == '{') {
            return Kind.JSON;
        }
        if (b[i] == '<') {
            return Kind.MARKUP;
        }
        // some servers print a warning before the feed; look a little further for the XML
        int limit = Math.min(n, i + 2048);
        for (int k = i; k + 5 <= limit; k++) {
            if (b[k] == '<' && (b[k + 1] == '?' || b[k + 1] == 'r' || b[k + 1] == 'f' || b[k + 1] == 'R')) {
                String head = new String(b, k, Math.min(6, n - k), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed")
                        || head.startsWith("<rdf:R")) {
                    return Kind.MARKUP;
                }
            }
        }
        return Kind.OTHER;
    }
}
