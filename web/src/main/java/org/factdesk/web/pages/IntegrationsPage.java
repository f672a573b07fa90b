package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.core.people.ApiToken;
import org.factdesk.core.people.Role;
import org.factdesk.core.people.TokenIssuer;
import org.factdesk.web.api.TokensResource;
import org.factdesk.web.webhooks.Webhook;
import org.factdesk.web.webhooks.WebhookDelivery;
import org.factdesk.web.webhooks.WebhookRegistry;
import org.jboss.resteasy.reactive.RestForm;

/** Admins issue API tokens and register webhooks for the newsroom's other systems. */
@Path("/admin/integrations")
@RolesAllowed(Role.ADMIN_NAME)
public class IntegrationsPage {

    static final String PAGE = "/admin/integrations";

    /** A webhook with its latest deliveries, for the admin to see what reached the receiver. */
    public record WebhookRow(Webhook webhook, List<WebhookDelivery> recent) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance integrations(Viewer viewer, List<ApiToken> tokens, List<WebhookRow> webhooks,
                List<String> events);
    }

    private final TokenIssuer tokens;
    private final WebhookRegistry webhooks;
    private final Viewers viewers;

    IntegrationsPage(TokenIssuer tokens, WebhookRegistry webhooks, Viewers viewers) {
        this.tokens = tokens;
        this.webhooks = webhooks;
        this.viewers = viewers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String integrations() {
        List<WebhookRow> rows = webhooks.active().stream().map(w -> new WebhookRow(w, WebhookDelivery.recentFor(w, 5))).toList();
        return Templates.integrations(viewers.current(), tokens.all(), rows,
                new ArrayList<>(WebhookRegistry.knownEvents())).render();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issueToken(@RestForm String name, @RestForm List<String> scopes, @RestForm String expiresAt,
            @RestForm String actsFor) {
        ApiToken.Issued issued = tokens.issue(new TokenIssuer.Request(name, scopes, TokensResource.expiryOf(expiresAt),
                actsFor), viewers.username());
        return back("Token \"" + issued.token().name + "\" issued. Copy it now; it is not shown again: " + issued.secret());
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id, viewers.username());
        return back("Token #" + id + " revoked; requests with it are refused from now on.");
    }

    @POST
    @Path("webhooks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerWebhook(@RestForm String url, @RestForm List<String> events) {
        Webhook webhook = webhooks.register(url, events, null, viewers.username());
        return back("Webhook #" + webhook.id + " registered. Its signing secret (shown once): " + webhook.secret);
    }

    @POST
    @Path("webhooks/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeWebhook(@PathParam("id") long id) {
        webhooks.remove(id, viewers.username());
        return back("Webhook #" + id + " removed.");
    }

    private static Response back(String notice) {
        return Response.seeOther(URI.create(PAGE)).cookie(Flash.notice(notice)).build();
    }
}
