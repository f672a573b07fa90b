package org.factdesk.web.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the desk answers repeated failed sign-ins. The lock counts failures per name and client address,
 * so nobody can lock a colleague out from elsewhere; the name's failures from everywhere only slow
 * further failures down and, past a threshold, alert the admins.
 */
@ConfigMapping(prefix = "factdesk.sign-in")
public interface SignInSettings {

    /** This many failures for one name from one address within the window lock that name at that address. */
    @WithDefault("5")
    int maxFailures();

    /** Failures older than this are forgotten. */
    @WithDefault("PT15M")
    Duration window();

    /** How long a locked name is refused at that address, even with the right password. */
    @WithDefault("PT15M")
    Duration lockFor();

    /** This many failures for one name within the window, from all addresses together, alert the admins. */
    @WithDefault("20")
    int alertAfter();

    /** The longest a failed sign-in for a name under attack is made to wait before it is answered. */
    @WithDefault("PT5S")
    Duration longestDelay();

    /**
     * FACTDESK_TRUSTED_PROXIES: addresses of the reverse proxies in front of the desk. Only a request from
     * one of them has its X-Forwarded-For honoured; without the setting the header is ignored.
     */
    Optional<List<String>> trustedProxies();
}
