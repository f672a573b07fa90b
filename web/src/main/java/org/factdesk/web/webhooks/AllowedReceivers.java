package org.factdesk.web.webhooks;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hosts an on-premise desk lets webhooks reach although they are not on the public internet:
 * host names, matched exactly, and IP ranges in CIDR form ({@code hooks.internal,10.20.0.0/16}).
 */
final class AllowedReceivers {

    private final Set<String> names;
    private final List<AddressRange> ranges;

    private AllowedReceivers(Set<String> names, List<AddressRange> ranges) {
        this.names = names;
        this.ranges = ranges;
    }

    static AllowedReceivers none() {
        return of(List.of());
    }

    /** @throws IllegalArgumentException naming an entry that looks like an address but is not one */
    static AllowedReceivers of(List<String> entries) {
        Set<String> names = new TreeSet<>();
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : entries) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.contains("/") || text.contains(":") || Character.isDigit(text.charAt(text.length() - 1))) {
                ranges.add(AddressRange.parse(text));
            } else {
                names.add(normalised(text));
            }
        }
        return new AllowedReceivers(names, ranges);
    }

    boolean allowsName(String host) {
        return names.contains(normalised(host));
    }

    boolean allowsAddress(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** Names compare without case and without the root's trailing dot. */
    static String normalised(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    @Override
    public String toString() {
        return "names " + names + ", ranges " + ranges;
    }
}
