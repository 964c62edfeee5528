package dev.newsdesk.adapter.fetch;

import okhttp3.Dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves with a delegate, then refuses the host name when ANY of its addresses is not public.
 *
 * <p>Why refuse the whole name rather than keep the public addresses: a public host name that also resolves to a
 * private address is either misconfigured or an attack (multi-record DNS rebinding relies on the client falling back
 * to the second address). Refusing gives the person one clear, stable message instead of a source that works or
 * fails depending on which record answers; the socket guard would block the private address anyway.
 *
 * <p>Each {@code HttpFetcher} must give its guarded client its own instance: OkHttp pools connections per
 * {@code Address}, which compares the Dns but not the socket factory, so a distinct Dns keeps the guarded client from
 * reusing a connection the trusted client opened to a private host.
 */
final class GuardedDns implements Dns {

    private final Dns delegate;
    private final SsrfGuard guard;

    GuardedDns(Dns delegate, SsrfGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = delegate.lookup(hostname);
        for (InetAddress address : addresses) {
            guard.check(address, hostname);
        }
        return addresses;
    }
}
