package dev.newsdesk.core.item;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the many spellings of an article URL into one, so that the same article from two feeds (or with two
 * campaign tags) is recognised as the same: resolved against the base, scheme and host lower-cased, default port,
 * fragment and tracking parameters removed, an empty path made "/".
 *
 * <p>Query parameters other than known trackers are kept in their order: on news sites they often select the
 * article ({@code ?id=123}), so dropping or sorting them could merge different articles or split one.
 */
public final class UrlCanonicalizer {

    /** Exact parameter names that only track the reader. Names starting with {@code utm_} are always removed. */
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_conv", "vero_id", "wickedid", "s_cid", "cmpid",
            "ncid", "sr_share", "ocid", "at_medium", "at_campaign", "spm", "guccounter", "guce_referrer",
            "guce_referrer_sig", "rss", "feed_id", "taid", "smid", "cid_rss");

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of {@code url}, resolved against {@code base} when relative.
     *
     * @param url  as written in the feed (may be relative, may have spaces or stray characters)
     * @param base the feed's or page's URL, or null
     * @return the canonical absolute http(s) URL, or null when {@code url} is blank, unparseable or not http(s)
     */
    public static String canonicalize(String url, String base) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        URI uri = parseLenient(trimmed);
        if (uri == null) {
            return null;
        }
        if (!uri.isAbsolute()) {
            URI baseUri = base == null ? null : parseLenient(base.strip());
            if (baseUri == null || !baseUri.isAbsolute() || baseUri.isOpaque()) {
                return null;
            }
            try {
                uri = resolve(baseUri, uri);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        path = removeDotSegments(path);
        String query = cleanQuery(uri.getRawQuery());

        StringBuilder out = new StringBuilder(url.length() + 8);
        out.append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** The host of a canonical URL, or null. */
    public static String host(String canonicalUrl) {
        URI uri = canonicalUrl == null ? null : parseLenient(canonicalUrl);
        return uri == null ? null : uri.getHost();
    }

    private static URI resolve(URI base, URI relative) {
        // URI.resolve mishandles an empty base path ("http://host" + "a" gives "http://hosta")
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
            base = base.resolve("/");
        }
        return base.resolve(relative);
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        StringBuilder kept = new StringBuilder(rawQuery.length());
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(pair);
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    private static String removeDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        try {
            String normalized = new URI(null, null, path, null).normalize().getRawPath();
            return normalized.startsWith("/") ? normalized : "/" + normalized;
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** Parses a URL, percent-encoding characters that java.net.URI refuses (spaces, quotes, non-ASCII). */
    static URI parseLenient(String s) {
        try {
            URI u = new URI(s);
            // java.net.URI accepts raw non-ASCII; one spelling (percent-encoded UTF-8) makes equal URLs equal
            String ascii = u.toASCIIString();
            return ascii.equals(s) ? u : new URI(ascii);
        } catch (URISyntaxException e) {
            // fall through and escape
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        int hash = s.indexOf('#');
        String main = hash >= 0 ? s.substring(0, hash) : s;
        for (int i = 0; i < main.length(); ) {
            int c = main.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '%' && i + 2 < main.length() && isHex(main.charAt(i + 1)) && isHex(main.charAt(i + 2))) {
                b.append('%');
            } else if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}%".indexOf(c) >= 0) {
                for (byte x : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
                }
            } else {
                b.appendCodePoint(c);
            }
            i += width;
        }
        try {
            return new URI(b.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
