package dev.newsdesk.adapter.fetch;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import javax.net.SocketFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard's three checkpoints on their own: URL literals, resolved names, and sockets. */
class SsrfGuardTest {

    private final SsrfGuard guard = new SsrfGuard();

    @Test
    void theEarlyCheckRefusesPrivateLiteralsAndLeavesNamesToDns() {
        assertThatThrownBy(() -> guard.checkUrl(HttpUrl.get("http://10.0.0.1/"), null))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessage("points to a private network address (10.0.0.1); "
                        + "sources added from chat may only reach public addresses");
        assertThatThrownBy(() -> guard.checkUrl(HttpUrl.get("http://[fd00::1]/"), null))
                .isInstanceOf(BlockedAddressException.class);
        assertThatCode(() -> guard.checkUrl(HttpUrl.get("http://8.8.8.8/"), null)).doesNotThrowAnyException();
        assertThatCode(() -> guard.checkUrl(HttpUrl.get("http://localhost/"), null)).doesNotThrowAnyException();
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsNotPublic() throws Exception {
        okhttp3.Dns mixed = host -> List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.1.2.3"));
        GuardedDns dns = new GuardedDns(mixed, guard);

        assertThatThrownBy(() -> dns.lookup("mixed.test"))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("mixed.test points to a private network address (10.1.2.3)");
        GuardedDns fine = new GuardedDns(FetchTestSupport.hosts(Map.of("ok.test", "93.184.215.14")), guard);
        assertThat(fine.lookup("ok.test")).containsExactly(InetAddress.getByName("93.184.215.14"));
    }

    @Test
    void guardedSocketsRefuseToConnectToNonPublicAddresses() throws Exception {
        SocketFactory factory = new GuardedSocketFactory(guard);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            listener.setSoTimeout(300);
            InetSocketAddress target = new InetSocketAddress(InetAddress.getByName("127.0.0.1"),
                    listener.getLocalPort());

            try (Socket socket = factory.createSocket()) {
                assertThatThrownBy(() -> socket.connect(target, 1000))
                        .isInstanceOf(BlockedAddressException.class)
                        .hasMessageContaining("the connection to 127.0.0.1:" + listener.getLocalPort());
                assertThat(socket.isConnected()).isFalse();
            }
            assertThatThrownBy(() -> factory.createSocket(InetAddress.getByName("127.0.0.1"), listener.getLocalPort()))
                    .isInstanceOf(BlockedAddressException.class);
            assertThatThrownBy(() -> factory.createSocket().connect(InetSocketAddress.createUnresolved("x.test", 80)))
                    .hasMessageContaining("unresolved");
            // nothing ever arrived
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void guardedSocketsConnectToAddressesTheGuardAllows() throws Exception {
        SocketFactory factory = new GuardedSocketFactory(FetchTestSupport.guardTreatingLocalhostAsPublic());
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             Socket socket = factory.createSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), listener.getLocalPort()), 1000);
            assertThat(socket.isConnected()).isTrue();
        }
    }
}
