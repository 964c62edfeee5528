package dev.newsdesk.adapter.slack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks Slack's request signature ({@code X-Slack-Signature: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" +
 * body)}) before anything reads the body: a constant-time comparison, and a timestamp at most 5 minutes away from
 * now in either direction, so that a recorded request cannot be replayed later.
 */
public final class SlackSignature {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private final SecretKeySpec key;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("slack.signing-secret: required in http mode");
        }
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** True when {@code signature} signs {@code body} at {@code timestamp} (epoch seconds) and that is recent. */
    public boolean verify(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null || timestamp.length() > 20) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - ts) > MAX_AGE.toSeconds()) {
            return false;
        }
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code v0=<hex>} for a body sent at {@code timestamp}. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
