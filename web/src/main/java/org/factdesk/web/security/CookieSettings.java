package org.factdesk.web.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How the cookies Factdesk sets (session, CSRF token, flash) are marked. */
@ConfigMapping(prefix = "factdesk.cookies")
public interface CookieSettings {

    /**
     * FACTDESK_SECURE_COOKIES: send cookies over HTTPS only. Unset, it is on when demo mode is off,
     * so production is safe by default while the demo still runs on plain http://localhost.
     */
    Optional<Boolean> secure();
}
