package dev.newsdesk.adapter.fetch;

import java.net.InetAddress;

/**
 * Sorts IP addresses into {@link AddressClass}es. Pure functions on the raw bytes, so that IPv4-mapped, IPv4-compatible,
 * NAT64 and 6to4 IPv6 forms are judged by the IPv4 address they carry (otherwise {@code ::ffff:127.0.0.1} would slip
 * through as "some IPv6 address").
 */
final class IpClassifier {

    private IpClassifier() {
    }

    /** The class of {@code address}; never null. */
    static AddressClass classify(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? classifyV4(v4(b, 0)) : classifyV6(b);
    }

    private static AddressClass classifyV4(int ip) {
        if (ip == 0) {
            return AddressClass.UNSPECIFIED;
        }
        if (ip == 0xFFFFFFFF) {
            return AddressClass.BROADCAST;
        }
        if (in(ip, 127, 0, 0, 0, 8)) {
            return AddressClass.LOOPBACK;
        }
        if (in(ip, 10, 0, 0, 0, 8) || in(ip, 172, 16, 0, 0, 12) || in(ip, 192, 168, 0, 0, 16)) {
            return AddressClass.PRIVATE;
        }
        if (in(ip, 169, 254, 0, 0, 16)) {
            return AddressClass.LINK_LOCAL;
        }
        if (in(ip, 100, 64, 0, 0, 10)) {
            return AddressClass.SHARED;
        }
        if (in(ip, 224, 0, 0, 0, 4)) {
            return AddressClass.MULTICAST;
        }
        // 0/8 "this network" (Linux connects 0.x to the local host), 240/4 future use, and the IANA special-purpose
        // blocks that are not globally reachable: protocol assignments, 6to4 relay, benchmarking, documentation.
        if (in(ip, 0, 0, 0, 0, 8) || in(ip, 240, 0, 0, 0, 4) || in(ip, 192, 0, 0, 0, 24)
                || in(ip, 192, 88, 99, 0, 24) || in(ip, 198, 18, 0, 0, 15) || in(ip, 192, 0, 2, 0, 24)
                || in(ip, 198, 51, 100, 0, 24) || in(ip, 203, 0, 113, 0, 24)) {
            return AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    private static AddressClass classifyV6(byte[] b) {
        if (zeros(b, 0, 16)) {
            return AddressClass.UNSPECIFIED;
        }
        if (zeros(b, 0, 15) && b[15] == 1) {
            return AddressClass.LOOPBACK;
        }
        if (zeros(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return classifyV4(v4(b, 12)); // ::ffff:a.b.c.d, IPv4-mapped: the OS connects to the IPv4 address
        }
        if (zeros(b, 0, 12)) {
            // ::a.b.c.d, IPv4-compatible (deprecated since 2006): judged by the IPv4 address, and never public
            AddressClass embedded = classifyV4(v4(b, 12));
            return embedded.isPublic() ? AddressClass.RESERVED : embedded;
        }
        if (u16(b, 0) == 0x0064 && u16(b, 2) == 0xFF9B) {
            if (zeros(b, 4, 12)) {
                return classifyV4(v4(b, 12)); // 64:ff9b::/96, NAT64: a gateway translates to the IPv4 address
            }
            if (u16(b, 4) == 0x0001) {
                return AddressClass.PRIVATE; // 64:ff9b:1::/48, local-use NAT64
            }
        }
        if (u16(b, 0) == 0x2002) {
            AddressClass embedded = classifyV4(v4(b, 2)); // 2002::/16, 6to4 carries the IPv4 address in bits 16-47
            return embedded.isPublic() ? AddressClass.PUBLIC : embedded;
        }
        int first = b[0] & 0xFF;
        if (first == 0xFF) {
            return AddressClass.MULTICAST;
        }
        if (first == 0xFE && (b[1] & 0xC0) == 0x80) {
            return AddressClass.LINK_LOCAL; // fe80::/10
        }
        if (first == 0xFE && (b[1] & 0xC0) == 0xC0) {
            return AddressClass.PRIVATE; // fec0::/10, site-local (deprecated, still private)
        }
        if ((first & 0xFE) == 0xFC) {
            return AddressClass.PRIVATE; // fc00::/7, unique local
        }
        if ((first & 0xE0) != 0x20) {
            return AddressClass.RESERVED; // outside 2000::/3 nothing is global unicast today
        }
        // inside 2000::/3: 2001::/23 protocol assignments (Teredo, benchmarking, ORCHID), 2001:db8::/32 and
        // 3fff::/20 documentation
        if ((u16(b, 0) == 0x2001 && (b[2] & 0xFE) == 0) || (u16(b, 0) == 0x2001 && u16(b, 2) == 0x0DB8)
                || (u16(b, 0) == 0x3FFF && (b[2] & 0xF0) == 0)) {
            return AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    private static boolean in(int ip, int a, int b, int c, int d, int prefix) {
        int base = (a << 24) | (b << 16) | (c << 8) | d;
        int shift = 32 - prefix;
        return (ip >>> shift) == (base >>> shift);
    }

    private static int v4(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    private static int u16(byte[] b, int off) {
        return ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
