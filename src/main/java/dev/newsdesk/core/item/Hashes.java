package dev.newsdesk.core.item;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Short stable hashes for ids and change detection. */
public final class Hashes {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Hashes() {
    }

    /**
     * The first 64 bits of SHA-256 over the parts joined by a NUL, as 16 hex digits. 64 bits keep the chance of a
     * collision among a million items below one in ten million, and the ids short enough to read in logs.
     */
    public static String short64(String... parts) {
        MessageDigest md = sha256();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                md.update((byte) 0);
            }
            md.update((parts[i] == null ? "" : parts[i]).getBytes(StandardCharsets.UTF_8));
        }
        byte[] d = md.digest();
        char[] out = new char[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = HEX[(d[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[d[i] & 0xf];
        }
        return new String(out);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
