package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.factdesk.core.security.Sessions;
import org.factdesk.web.security.ClientAddresses;
import org.factdesk.web.security.DeskSessionCookie;
import org.factdesk.web.security.SignInSettings;

/** Sign in and out. The form posts to Quarkus' form login at /j_security_check. */
@Path("/")
@PermitAll
public class SignInPage {

    static final String SESSION_COOKIE = "quarkus-credential";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Viewer viewer, boolean failed, boolean throttled, long waitMinutes,
                boolean signedOut, boolean passwordChanged);
    }

    static final String THROTTLED = "throttled";

    private final Viewers viewers;
    private final SignInSettings signIn;
    private final Sessions sessions;
    private final ClientAddresses addresses;

    SignInPage(Viewers viewers, SignInSettings signIn, Sessions sessions, ClientAddresses addresses) {
        this.viewers = viewers;
        this.signIn = signIn;
        this.sessions = sessions;
        this.addresses = addresses;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut,
            @QueryParam("password-changed") String passwordChanged) {
        boolean throttled = THROTTLED.equals(error);
        long waitMinutes = Math.max(1, (signIn.lockFor().toSeconds() + 59) / 60);
        return Templates.login(viewers.current(), error != null && !throttled, throttled, waitMinutes, signedOut != null,
                passwordChanged != null);
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@CookieParam(DeskSessionCookie.NAME) String sessionSecret, RoutingContext request) {
        if (sessionSecret != null) {
            sessions.signOut(sessionSecret, addresses.of(request));
        }
        return Response.seeOther(URI.create("/login?signed-out=true"))
                .cookie(expired(SESSION_COOKIE), expired(DeskSessionCookie.NAME)).build();
    }

    static NewCookie expired(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true).build();
    }
}
