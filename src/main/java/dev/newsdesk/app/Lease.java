package dev.newsdesk.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This instance's claims on shared work (a source to poll, a delivery to send) when several instances use one store:
 * who holds a claim, and how long it lasts unless renewed. An instance renews the claims it is working on; one that
 * dies stops renewing, and others take its work over once the claims expire.
 *
 * @param owner  this instance's name in the store: host, process id and a random part (a restarted process is a new
 *               owner)
 * @param length how long a claim lasts without renewal
 */
public record Lease(String owner, Duration length) {
    /** The default claim length: an instance killed mid-work has its work taken over within about this long. */
    public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(30);

    public Lease {
        Objects.requireNonNull(owner, "owner");
        if (owner.isEmpty() || owner.length() > 128) {
            throw new IllegalArgumentException("lease: owner must be 1 to 128 characters: " + owner);
        }
        if (length.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("lease: length must be at least 1 s, was " + length);
        }
    }

    /** A lease for this process under a new name. */
    public static Lease forThisProcess(Duration length) {
        return new Lease(instanceName(), length);
    }

    /** When a claim made or renewed at {@code now} expires. */
    public Instant until(Instant now) {
        return now.plus(length);
    }

    /** How often claims in progress are renewed: a third of the length, so one late renewal loses nothing. */
    public Duration renewEvery() {
        return length.dividedBy(3);
    }

    private static String instanceName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        if (host.length() > 80) {
            host = host.substring(0, 80);
        }
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return host + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    }
}
