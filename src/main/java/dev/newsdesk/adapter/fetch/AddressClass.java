package dev.newsdesk.adapter.fetch;

/** What kind of network an IP address belongs to, as far as the SSRF guard cares. */
enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private network address"),
    LINK_LOCAL("a link-local address (where cloud metadata services live)"),
    SHARED("a carrier-grade NAT address (100.64.0.0/10)"),
    MULTICAST("a multicast address"),
    UNSPECIFIED("the unspecified address"),
    BROADCAST("the broadcast address"),
    RESERVED("a reserved or special-purpose address");

    private final String noun;

    AddressClass(String noun) {
        this.noun = noun;
    }

    /** A phrase for messages, e.g. "a loopback address". */
    String noun() {
        return noun;
    }

    boolean isPublic() {
        return this == PUBLIC;
    }
}
