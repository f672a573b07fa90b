package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.factdesk.core.people.Person;
import org.factdesk.core.security.DeskSession;
import org.factdesk.core.security.Sessions;
import org.factdesk.core.settings.DeskSettings;
import org.factdesk.web.security.DeskSessionCookie;
import org.factdesk.workflow.administration.PeopleAdministration;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in person's own account: where they are signed in, and changing their password. */
@Path("/account")
@Authenticated
public class AccountPage {

    static final String PAGE = "/account";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Viewer viewer, List<DeskSession> sessions, int minPasswordLength, long idleMinutes,
                long absoluteHours);
    }

    private final Viewers viewers;
    private final Sessions sessions;
    private final PeopleAdministration people;
    private final DeskSettings settings;

    AccountPage(Viewers viewers, Sessions sessions, PeopleAdministration people, DeskSettings settings) {
        this.viewers = viewers;
        this.sessions = sessions;
        this.people = people;
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance account() {
        List<DeskSession> live = Person.findByUsername(viewers.username()).map(sessions::liveOf).orElse(List.of());
        return Templates.account(viewers.current(), live, PeopleAdministration.MIN_PASSWORD_LENGTH,
                settings.sessions().idle().toMinutes(), settings.sessions().absolute().toHours());
    }

    /** Every session ends with a password change, this one too: the person signs in again with the new password. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword) {
        people.changeOwnPassword(viewers.username(), currentPassword, newPassword);
        return Response.seeOther(URI.create("/login?password-changed=true"))
                .cookie(SignInPage.expired(SignInPage.SESSION_COOKIE), SignInPage.expired(DeskSessionCookie.NAME)).build();
    }
}
