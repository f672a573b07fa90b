package org.factdesk.web.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When repeated failed sign-ins for one name make the desk stop listening to that name for a while. */
@ConfigMapping(prefix = "factdesk.sign-in")
public interface SignInSettings {

    /** This many failures within the window lock the name. */
    @WithDefault("5")
    int maxFailures();

    /** Failures older than this are forgotten. */
    @WithDefault("PT15M")
    Duration window();

    /** How long a locked name is refused, even with the right password. */
    @WithDefault("PT15M")
    Duration lockFor();
}
