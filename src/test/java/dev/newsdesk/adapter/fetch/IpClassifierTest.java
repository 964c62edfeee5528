package dev.newsdesk.adapter.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.Inet6Address;
import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class IpClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // IPv4
            "0.0.0.0, UNSPECIFIED",
            "0.1.2.3, RESERVED",
            "127.0.0.1, LOOPBACK",
            "127.255.255.254, LOOPBACK",
            "10.0.0.1, PRIVATE",
            "10.255.255.255, PRIVATE",
            "172.16.0.1, PRIVATE",
            "172.31.255.255, PRIVATE",
            "172.15.255.255, PUBLIC",
            "172.32.0.1, PUBLIC",
            "192.168.1.1, PRIVATE",
            "169.254.169.254, LINK_LOCAL",
            "169.254.0.1, LINK_LOCAL",
            "100.64.0.1, SHARED",
            "100.127.255.255, SHARED",
            "100.63.255.255, PUBLIC",
            "100.128.0.0, PUBLIC",
            "224.0.0.1, MULTICAST",
            "239.255.255.250, MULTICAST",
            "240.0.0.1, RESERVED",
            "255.255.255.255, BROADCAST",
            "192.0.0.8, RESERVED",
            "192.0.2.1, RESERVED",
            "198.18.0.1, RESERVED",
            "198.51.100.7, RESERVED",
            "203.0.113.9, RESERVED",
            "192.88.99.1, RESERVED",
            "8.8.8.8, PUBLIC",
            "1.1.1.1, PUBLIC",
            "93.184.215.14, PUBLIC",
            // IPv6
            "::, UNSPECIFIED",
            "::1, LOOPBACK",
            "fe80::1, LINK_LOCAL",
            "febf::1, LINK_LOCAL",
            "fec0::1, PRIVATE",
            "fc00::1, PRIVATE",
            "fd12:3456::1, PRIVATE",
            "ff02::1, MULTICAST",
            "2001:db8::1, RESERVED",
            "2001::1, RESERVED",
            "100::1, RESERVED",
            "3fff::1, RESERVED",
            "2606:4700:4700::1111, PUBLIC",
            "2a00:1450:4001:80b::200e, PUBLIC",
            "2001:4860:4860::8888, PUBLIC",
            // IPv4-compatible, NAT64 and 6to4 forms judged by the IPv4 address inside
            "::127.0.0.1, LOOPBACK",
            "::10.0.0.1, PRIVATE",
            "::8.8.8.8, RESERVED",
            "64:ff9b::127.0.0.1, LOOPBACK",
            "64:ff9b::a9fe:a9fe, LINK_LOCAL",
            "64:ff9b::8.8.8.8, PUBLIC",
            "64:ff9b:1::1, PRIVATE",
            "2002:7f00:1::1, LOOPBACK",
            "2002:0a00:1::1, PRIVATE",
            "2002:0808:0808::1, PUBLIC",
    })
    void classifiesAddresses(String literal, AddressClass expected) throws Exception {
        assertThat(IpClassifier.classify(InetAddress.getByName(literal))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "::ffff:{0} is {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK",
            "10.1.2.3, PRIVATE",
            "169.254.169.254, LINK_LOCAL",
            "0.0.0.0, UNSPECIFIED",
            "100.64.1.1, SHARED",
            "8.8.8.8, PUBLIC",
    })
    void judgesIpv4MappedIpv6ByTheEmbeddedAddress(String v4, AddressClass expected) throws Exception {
        byte[] four = InetAddress.getByName(v4).getAddress();
        byte[] sixteen = new byte[16];
        sixteen[10] = (byte) 0xFF;
        sixteen[11] = (byte) 0xFF;
        System.arraycopy(four, 0, sixteen, 12, 4);
        // Java turns "::ffff:a.b.c.d" into an Inet4Address; build a real Inet6Address to test the IPv6 path too
        InetAddress mapped6 = Inet6Address.getByAddress(null, sixteen, -1);
        assertThat(mapped6).isInstanceOf(Inet6Address.class);
        assertThat(IpClassifier.classify(mapped6)).isEqualTo(expected);
        assertThat(IpClassifier.classify(InetAddress.getByName("::ffff:" + v4))).isEqualTo(expected);
    }

    @Test
    void aGuardCanTreatChosenAddressesAsPublicAndNoOthers() throws Exception {
        SsrfGuard guard = FetchTestSupport.guardTreatingLocalhostAsPublic();
        assertThat(guard.classify(InetAddress.getByName("127.0.0.1"))).isEqualTo(AddressClass.PUBLIC);
        assertThat(guard.classify(InetAddress.getByName("127.0.0.2"))).isEqualTo(AddressClass.LOOPBACK);
        assertThat(new SsrfGuard().classify(InetAddress.getByName("127.0.0.1"))).isEqualTo(AddressClass.LOOPBACK);
    }
}
