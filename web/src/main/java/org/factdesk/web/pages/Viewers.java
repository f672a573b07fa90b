package org.factdesk.web.pages;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.factdesk.core.settings.DeskSettings;

/** Builds the {@link Viewer} every page template gets. */
@RequestScoped
public class Viewers {

    private final SecurityIdentity identity;
    private final DeskSettings settings;

    Viewers(SecurityIdentity identity, DeskSettings settings) {
        this.identity = identity;
        this.settings = settings;
    }

    public Viewer current() {
        if (identity.isAnonymous()) {
            return new Viewer(null, null, null, settings.demo());
        }
        String role = identity.getRoles().stream().findFirst().orElse("");
        String displayName = identity.getAttribute("displayName");
        return new Viewer(identity.getPrincipal().getName(), displayName, role, settings.demo());
    }
}
