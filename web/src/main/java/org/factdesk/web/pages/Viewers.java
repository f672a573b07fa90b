package org.factdesk.web.pages;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.factdesk.core.settings.DeskSettings;

/** Builds the {@link Viewer} every page template gets. */
@RequestScoped
public class Viewers {

    private final SecurityIdentity identity;
    private final DeskSettings settings;
    private final HttpHeaders headers;

    Viewers(SecurityIdentity identity, DeskSettings settings, HttpHeaders headers) {
        this.identity = identity;
        this.settings = settings;
        this.headers = headers;
    }

    public Viewer current() {
        Cookie flashCookie = headers.getCookies().get(Flash.COOKIE);
        Flash flash = Flash.read(flashCookie == null ? null : flashCookie.getValue());
        if (identity.isAnonymous()) {
            return new Viewer(null, null, null, settings.demo(), flash, true);
        }
        String role = identity.getRoles().stream().filter(r -> !r.startsWith("scope:")).findFirst().orElse("");
        String displayName = identity.getAttribute("displayName");
        return new Viewer(identity.getPrincipal().getName(), displayName, role, settings.demo(), flash, true);
    }

    public String username() {
        return identity.getPrincipal().getName();
    }
}
