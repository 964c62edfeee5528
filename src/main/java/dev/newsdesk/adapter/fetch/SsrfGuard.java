package dev.newsdesk.adapter.fetch;

import okhttp3.HttpUrl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an untrusted request may reach an address: only {@link AddressClass#PUBLIC} ones. Used at three
 * points: early on each hop's URL when its host is an IP literal (OkHttp does not call {@code Dns} for those), on
 * every address a host name resolves to ({@link GuardedDns}), and on the address each socket actually connects to
 * ({@link GuardedSocketFactory}), which also defeats DNS rebinding.
 */
final class SsrfGuard {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<InetAddress> treatedAsPublic;

    /** The production guard. */
    SsrfGuard() {
        this(Set.of());
    }

    /**
     * A guard that also lets {@code treatedAsPublic} through, so that tests can play a "public" server on 127.0.0.1
     * while every other loopback or private address stays refused.
     */
    SsrfGuard(Set<InetAddress> treatedAsPublic) {
        this.treatedAsPublic = Set.copyOf(treatedAsPublic);
    }

    /** The class the guard judges {@code address} by. */
    AddressClass classify(InetAddress address) {
        return treatedAsPublic.contains(address) ? AddressClass.PUBLIC : IpClassifier.classify(address);
    }

    /** Throws when {@code address} is not public; {@code subject} names what led there (see the exception). */
    void check(InetAddress address, String subject) throws BlockedAddressException {
        AddressClass c = classify(address);
        if (!c.isPublic()) {
            throw new BlockedAddressException(subject, address, c);
        }
    }

    /**
     * The early check of one hop: refuses a URL whose host is a non-public IP literal before anything connects. Host
     * names pass here; their addresses are checked when they resolve.
     */
    void checkUrl(HttpUrl url, String subject) throws BlockedAddressException {
        String host = url.host();
        if (!host.contains(":") && !IPV4_LITERAL.matcher(host).matches()) {
            return;
        }
        InetAddress literal;
        try {
            literal = InetAddress.getByName(host); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return; // not a literal after all; the DNS and socket checks still apply
        }
        check(literal, subject);
    }
}
