package dev.newsdesk.adapter.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The SSRF guard refused an address. It extends {@link UnknownHostException} because {@code okhttp3.Dns.lookup} may
 * only throw that; OkHttp passes any IOException from a socket's connect through as it is, so the same type serves
 * the socket guard. {@link FailureClassifier} looks for this type before it looks for plain DNS failures.
 */
final class BlockedAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    private final transient InetAddress address;
    private final AddressClass addressClass;

    /**
     * @param subject what led to the address, e.g. "evil.test" or "its redirect to http://10.0.0.1/", or null when
     *                the requested URL itself is an IP literal
     */
    BlockedAddressException(String subject, InetAddress address, AddressClass addressClass) {
        super((subject == null ? "points to " : "is refused because " + subject + " points to ")
                + addressClass.noun() + " (" + address.getHostAddress()
                + "); sources added from chat may only reach public addresses");
        this.address = address;
        this.addressClass = addressClass;
    }

    InetAddress address() {
        return address;
    }

    AddressClass addressClass() {
        return addressClass;
    }
}
