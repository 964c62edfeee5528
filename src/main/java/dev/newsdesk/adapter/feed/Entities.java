package dev.newsdesk.adapter.feed;

/**
 * Decodes character references in HTML text: numeric ({@code &#8217;}, {@code &#x2019;}) and named, with HTML's full
 * table of names (Jsoup's). A reference that is not one ({@code AT&T}, {@code &nosuch;}) stays as written.
 *
 * <p>Jsoup's own {@code Parser.unescapeEntities} starts a tokeniser and tree builder per call; feed text is decoded
 * once per run of text, thousands of times per feed, so a plain scan is worth having.
 */
final class Entities {
    /** Longer names do not exist in HTML; a longer run is not a reference. */
    private static final int MAX_NAME = 32;

    private Entities() {
    }

    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int next = reference(s, amp, out);
            if (next < 0) {
                out.append('&');
                i = amp + 1;
            } else {
                i = next;
            }
            amp = s.indexOf('&', i);
        }
        out.append(s, i, s.length());
        return out.toString();
    }

    /** Appends the character(s) of the reference at {@code amp} and returns the index after it, or -1. */
    private static int reference(String s, int amp, StringBuilder out) {
        int i = amp + 1;
        if (i < s.length() && s.charAt(i) == '#') {
            i++;
            boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            long cp = 0;
            while (i < s.length() && i - start < 8 && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0) {
                cp = cp * (hex ? 16 : 10) + Character.digit(s.charAt(i), hex ? 16 : 10);
                i++;
            }
            if (i == start) {
                return -1;
            }
            if (i < s.length() && s.charAt(i) == ';') {
                i++;
            }
            // invalid and surrogate code points become the replacement character, as browsers do
            int c = cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : (int) cp;
            out.appendCodePoint(windows1252(c));
            return i;
        }
        int start = i;
        while (i < s.length() && i - start <= MAX_NAME && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            return -1;
        }
        boolean semicolon = i < s.length() && s.charAt(i) == ';';
        String name = s.substring(start, i);
        if (org.jsoup.nodes.Entities.isNamedEntity(name)) {
            out.append(org.jsoup.nodes.Entities.getByName(name));
            return semicolon ? i + 1 : i;
        }
        return -1;
    }

    /** Code points 128-159 in a reference mean the windows-1252 character (HTML's rule): &#150; is a dash. */
    private static int windows1252(int c) {
        if (c < 0x80 || c > 0x9F) {
            return c;
        }
        byte[] b = {(byte) c};
        String decoded = new String(b, java.nio.charset.Charset.forName("windows-1252"));
        return decoded.isEmpty() || decoded.charAt(0) == '\uFFFD' ? c : decoded.charAt(0);
    }
}
