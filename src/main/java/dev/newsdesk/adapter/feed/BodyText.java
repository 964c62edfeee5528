package dev.newsdesk.adapter.feed;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a feed body to text with the encoding XML rules give (byte order mark, XML declaration, HTTP Content-Type
 * charset, RFC 3023 defaults), found by ROME's {@link XmlReader}. Latin-1 and ASCII are read as windows-1252, as
 * browsers do, because feeds that declare them routinely carry curly quotes from windows-1252.
 */
final class BodyText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private BodyText() {
    }

    /** The body as text, without a byte order mark. Never throws: unknown encodings fall back to UTF-8. */
    static String decode(byte[] body, String contentType) {
        Charset cs = detect(body, contentType);
        // decoders consume or keep a byte order mark; either way at most one U+FEFF is left to drop
        String s = new String(body, cs);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s;
    }

    static Charset detect(byte[] body, String contentType) {
        String name;
        try (XmlReader r = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            name = r.getEncoding();
        } catch (IOException | RuntimeException e) {
            name = null;
        }
        Charset cs = forName(name);
        if (cs == null) {
            return StandardCharsets.UTF_8;
        }
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        return cs;
    }

    /** The charset for a name, or null when unknown or unsupported. */
    static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT).replace("_", "-"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The charset parameter of a Content-Type, or null. */
    static String charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").replace("'", "").trim();
            }
        }
        return null;
    }
}
