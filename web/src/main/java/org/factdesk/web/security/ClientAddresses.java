package org.factdesk.web.security;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request comes from, as the sign-in throttle and the security log count it: the
 * connection's own address, or, when that is a trusted proxy, the nearest address in X-Forwarded-For
 * that is not one of the trusted proxies. A client cannot choose its address by sending the header.
 */
@ApplicationScoped
public class ClientAddresses {

    static final String UNKNOWN = "unknown";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    @Inject
    ClientAddresses(SignInSettings settings) {
        this(Set.copyOf(settings.trustedProxies().orElse(List.of()).stream().map(String::strip).toList()));
    }

    ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public String of(RoutingContext context) {
        if (context == null) {
            return UNKNOWN;
        }
        SocketAddress remote = context.request().remoteAddress();
        String connection = remote == null || remote.hostAddress() == null ? UNKNOWN : remote.hostAddress();
        return fromHeader(connection, context.request().headers().getAll("X-Forwarded-For"));
    }

    /** Walks the forwarded chain from the nearest hop outwards while each hop is a trusted proxy. */
    String fromHeader(String connection, List<String> forwardedFor) {
        String client = connection;
        if (!trustedProxies.contains(client) || forwardedFor.isEmpty()) {
            return client;
        }
        String[] hops = String.join(",", forwardedFor).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!ADDRESS.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }
}
