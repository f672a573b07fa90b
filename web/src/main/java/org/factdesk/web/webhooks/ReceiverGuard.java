package org.factdesk.web.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps webhooks to receivers on the public internet, unless the desk allows a host by name or
 * range. Asked at registration and again before every delivery, since a name may resolve
 * elsewhere by then; a delivery connects only to an address this returned.
 */
@ApplicationScoped
public class ReceiverGuard {

    /** As browsers read hosts: one whose last label is a number is an IPv4 address, in whatever spelling. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(^|.*\\.)(0x[0-9a-f]*|[0-9]+)\\.?");
    private static final Pattern PLAIN_IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final AllowedReceivers allowed;
    private final HostResolver resolver;

    @Inject
    ReceiverGuard(WebhookSettings settings, HostResolver resolver) {
        this(AllowedReceivers.of(settings.allowedHosts().orElse(List.of())), resolver);
    }

    ReceiverGuard(AllowedReceivers allowed, HostResolver resolver) {
        this.allowed = allowed;
        this.resolver = resolver;
    }

    /**
     * Every address of the url's host, each one checked; connect to one of these, never look the name up again.
     *
     * @throws Refused when the host is, or resolves to, an address off the public internet that is not allowed
     * @throws UnknownHostException when the host's name has no address
     */
    public List<InetAddress> addressesFor(URI url) throws Refused, UnknownHostException {
        if (url.getHost() == null) {
            throw new Refused("The address names no host.");
        }
        String host = hostOf(url);
        boolean literal = host.contains(":") || NUMERIC_LAST_LABEL.matcher(host).matches();
        if (literal && !host.contains(":") && !PLAIN_IPV4.matcher(host).matches()) {
            throw new Refused("\"" + host + "\" is an IP address in an unusual spelling; write it as four decimal "
                    + "numbers, such as 203.0.113.7.");
        }
        List<InetAddress> addresses = resolver.addressesOf(host);
        if (allowed.allowsName(host)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = InternalNetworks.kindOf(address);
            if (kind.isPresent() && !allowed.allowsAddress(address)) {
                String where = literal ? host : host + " resolves to " + address.getHostAddress() + ", which";
                throw new Refused(where + " is " + kind.get() + "; webhooks go only to receivers on the public internet, "
                        + "unless FACTDESK_WEBHOOK_ALLOWED_HOSTS allows this one.");
            }
        }
        return addresses;
    }

    /** The host in lower case, without an IPv6 literal's brackets. */
    static String hostOf(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Why a receiver may not be sent to; the message is for the admin who registered it. */
    public static final class Refused extends Exception {

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
