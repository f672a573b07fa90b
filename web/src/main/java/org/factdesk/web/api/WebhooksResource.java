package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Role;
import org.factdesk.web.webhooks.Webhook;
import org.factdesk.web.webhooks.WebhookDelivery;
import org.factdesk.web.webhooks.WebhookRegistry;

/** Admins register receivers for events; every delivery is signed, retried and visible here. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed, retried event deliveries (admins)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class WebhooksResource {

    /** {@code events}: actions such as "approve", or ["*"]; {@code secret} is generated when left out. */
    public record WebhookRequest(String url, List<String> events, String secret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookJson(long id, String url, Set<String> events, String createdBy, Instant createdAt, String secret) {
        static WebhookJson of(Webhook webhook, boolean withSecret) {
            return new WebhookJson(webhook.id, webhook.url, webhook.eventSet(), webhook.createdBy, webhook.createdAt,
                    withSecret ? webhook.secret : null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryJson(long id, long eventSeq, String action, String status, int attempts, Integer lastStatus,
            String lastError, Instant nextAttemptAt, Instant deliveredAt) {
        static DeliveryJson of(WebhookDelivery d) {
            String status = d.deliveredAt != null ? "delivered" : d.givenUpAt != null ? "failed" : "pending";
            return new DeliveryJson(d.id, d.eventSeq, d.action, status, d.attempts, d.lastStatus, d.lastError,
                    d.isPending() ? d.nextAttemptAt : null, d.deliveredAt);
        }
    }

    private final WebhookRegistry registry;
    private final SecurityIdentity caller;

    WebhooksResource(WebhookRegistry registry, SecurityIdentity caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a webhook", description = "Deliveries carry X-Factdesk-Signature: sha256=HMAC(body, secret).")
    @APIResponse(responseCode = "201", description = "Registered; the answer shows the secret once")
    @APIResponse(responseCode = "422", description = "Bad or internal URL, unknown event or short secret (problem+json)")
    public Response register(WebhookRequest body, UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid(null, "Send {url, events, secret?} as JSON.");
        }
        Webhook webhook = registry.register(body.url(), body.events(), body.secret(), caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(webhook.id)).build())
                .entity(WebhookJson.of(webhook, true)).build();
    }

    @GET
    @Operation(summary = "List webhooks")
    @APIResponse(responseCode = "200", description = "Active webhooks, without secrets")
    public List<WebhookJson> list() {
        return registry.active().stream().map(w -> WebhookJson.of(w, false)).toList();
    }

    @GET
    @Path("{id}/deliveries")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Recent deliveries of a webhook", description = "Newest first: status, attempts, last answer.")
    @APIResponse(responseCode = "200", description = "Up to 100 deliveries")
    @APIResponse(responseCode = "404", description = "No such webhook (problem+json)")
    public List<DeliveryJson> deliveries(@PathParam("id") long id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null) {
            throw Refusal.notFound("There is no webhook #" + id + ".");
        }
        return WebhookDelivery.recentFor(webhook, 100).stream().map(DeliveryJson::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a webhook", description = "No new deliveries are queued for it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such webhook (problem+json)")
    public Response remove(@PathParam("id") long id) {
        registry.remove(id, caller.getPrincipal().getName());
        return Response.noContent().build();
    }
}
