package org.factdesk.web.pages;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.function.Function;
import org.factdesk.core.settings.DeskSettings;
import org.factdesk.workflow.conversation.Notifications;

/** Builds the {@link Viewer} every page template gets. */
@RequestScoped
public class Viewers {

    private final SecurityIdentity identity;
    private final DeskSettings settings;
    private final HttpHeaders headers;
    private final Notifications notifications;

    Viewers(SecurityIdentity identity, DeskSettings settings, HttpHeaders headers, Notifications notifications) {
        this.identity = identity;
        this.settings = settings;
        this.headers = headers;
        this.notifications = notifications;
    }

    /** The viewer of a page, with their unread notifications counted for the header. */
    public Viewer current() {
        Viewer viewer = forIdentity().apply(identity);
        return viewer.signedIn() ? viewer.withUnread(notifications.unreadCount(viewer.username())) : viewer;
    }

    /**
     * The viewer for an identity resolved later, perhaps on another thread: what the request says
     * (its flash, demo mode) is read now, while the request is at hand. A null identity is a reader.
     */
    public Function<SecurityIdentity, Viewer> forIdentity() {
        Cookie flashCookie = headers.getCookies().get(Flash.COOKIE);
        Flash flash = Flash.read(flashCookie == null ? null : flashCookie.getValue());
        boolean demo = settings.demo();
        return person -> {
            if (person == null || person.isAnonymous()) {
                return new Viewer(null, null, null, demo, flash, true, 0);
            }
            String role = person.getRoles().stream().filter(r -> !r.startsWith("scope:")).findFirst().orElse("");
            String displayName = person.getAttribute("displayName");
            return new Viewer(person.getPrincipal().getName(), displayName, role, demo, flash, true, 0);
        };
    }

    public String username() {
        return identity.getPrincipal().getName();
    }
}
