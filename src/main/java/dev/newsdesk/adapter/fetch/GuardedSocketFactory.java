package dev.newsdesk.adapter.fetch;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * Makes sockets that check the address in {@code connect()} before connecting. This is the backstop of the SSRF
 * guard: it sees the address actually dialled, whether it came from an IP-literal URL (for which OkHttp skips
 * {@code Dns}), from DNS, or from a second, rebinding DNS answer.
 */
final class GuardedSocketFactory extends SocketFactory {

    private final SsrfGuard guard;

    GuardedSocketFactory(SsrfGuard guard) {
        this.guard = guard;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(guard);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket s = new GuardedSocket(guard);
        s.bind(new InetSocketAddress(localHost, localPort));
        s.connect(new InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket s = new GuardedSocket(guard);
        s.bind(new InetSocketAddress(localAddress, localPort));
        s.connect(new InetSocketAddress(address, port));
        return s;
    }

    private Socket connected(InetSocketAddress endpoint) throws IOException {
        Socket s = new GuardedSocket(guard);
        s.connect(endpoint);
        return s;
    }

    /** A plain socket whose connect refuses non-public addresses. */
    private static final class GuardedSocket extends Socket {
        private final SsrfGuard guard;

        GuardedSocket(SsrfGuard guard) {
            this.guard = guard;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            // an unresolved address would be resolved inside Socket.connect, past the guard
            if (!(endpoint instanceof InetSocketAddress inet) || inet.isUnresolved()) {
                close();
                throw new IOException("refusing to connect to an unresolved address: " + endpoint);
            }
            try {
                guard.check(inet.getAddress(), "the connection to " + inet.getAddress().getHostAddress()
                        + ":" + inet.getPort());
            } catch (BlockedAddressException e) {
                close();
                throw e;
            }
            super.connect(endpoint, timeout);
        }
    }
}
