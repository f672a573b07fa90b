package org.factdesk.web.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** A block of IP addresses written as CIDR, such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
final class AddressRange {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private AddressRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /** Reads {@code address/prefix}, or a lone address as a block of one. */
    static AddressRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        InetAddress address = literal(slash < 0 ? text : text.substring(0, slash), text);
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("\"" + text + "\" needs a prefix length from 0 to " + bits + ".");
            }
        }
        return new AddressRange(address.getAddress(), prefix, text);
    }

    /** For ranges {@link InetAddress} cannot spell, such as the IPv4-mapped IPv6 block (it reads those as IPv4). */
    static AddressRange of(byte[] network, int prefixLength, String text) {
        return new AddressRange(network.clone(), prefixLength, text);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }

    /** An IP literal only: a name here would be looked up, and a range is never a name. */
    private static InetAddress literal(String address, String whole) {
        if (address.contains(":") || DOTTED_QUAD.matcher(address).matches()) {
            try {
                return InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                // refused below
            }
        }
        throw new IllegalArgumentException("\"" + whole + "\" is not an IP address or CIDR range.");
    }
}
