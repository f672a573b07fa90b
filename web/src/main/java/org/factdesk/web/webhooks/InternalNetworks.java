package org.factdesk.web.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Addresses that are not on the public internet: a webhook sent there would let whoever registers
 * it probe the desk's own machine and network (databases, the cloud metadata service).
 */
final class InternalNetworks {

    private record Named(AddressRange range, String kind) {
    }

    /** What the {@link InetAddress} methods do not cover. */
    private static final List<Named> RANGES = List.of(
            new Named(AddressRange.parse("0.0.0.0/8"), "an unspecified"),
            new Named(AddressRange.parse("100.64.0.0/10"), "a carrier-grade NAT"),
            new Named(AddressRange.parse("255.255.255.255/32"), "the broadcast"),
            new Named(AddressRange.parse("fc00::/7"), "a unique-local"));

    /** IPv6 forms that carry an IPv4 address in their last four bytes. */
    private static final List<AddressRange> CARRYING_IPV4 = List.of(
            AddressRange.of(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0}, 96,
                    "::ffff:0:0/96"), // IPv4-mapped, should a resolver hand one over as IPv6
            AddressRange.parse("::/96"), // IPv4-compatible (deprecated)
            AddressRange.parse("64:ff9b::/96")); // NAT64: the gateway connects to the IPv4 address inside

    private InternalNetworks() {
    }

    /** Which kind of internal address this is, such as "a loopback address", or empty for a public one. */
    static Optional<String> kindOf(InetAddress address) {
        String kind = address.isAnyLocalAddress() ? "an unspecified"
                : address.isLoopbackAddress() ? "a loopback"
                : address.isLinkLocalAddress() ? "a link-local"
                : address.isSiteLocalAddress() ? "a private"
                : address.isMulticastAddress() ? "a multicast"
                : RANGES.stream().filter(n -> n.range().contains(address)).map(Named::kind).findFirst().orElse(null);
        if (kind != null) {
            return Optional.of(kind + " address");
        }
        return ipv4Inside(address).flatMap(InternalNetworks::kindOf);
    }

    private static Optional<InetAddress> ipv4Inside(InetAddress address) {
        if (!(address instanceof Inet6Address) || CARRYING_IPV4.stream().noneMatch(r -> r.contains(address))) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }
}
