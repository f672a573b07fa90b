package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.ApiToken;
import org.factdesk.core.people.Role;
import org.factdesk.core.people.TokenIssuer;

/** Admins issue integration tokens (the secret is shown once) and revoke them. */
@Path("/api/v1/tokens")
@Tag(name = "Tokens", description = "Bearer tokens for integrations (admins)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class TokensResource {

    /** {@code expiresAt} is an instant (2027-01-31T00:00:00Z) or a date (2027-01-31, meaning its start in UTC). */
    public record TokenRequest(String name, List<String> scopes, String expiresAt, String actsFor) {
    }

    /** A token as listed; {@code token} (the secret) is present only in the answer that issued it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenJson(long id, String name, List<String> scopes, String actsFor, String issuedBy,
            Instant issuedAt, Instant expiresAt, Instant revokedAt, String token) {

        static TokenJson of(ApiToken token, String secret) {
            return new TokenJson(token.id, token.name, token.scopes().stream().map(ApiToken.Scope::scopeName).toList(),
                    token.actsFor == null ? null : token.actsFor.username, token.issuedBy.username, token.issuedAt,
                    token.expiresAt, token.revokedAt, secret);
        }
    }

    private final TokenIssuer issuer;
    private final SecurityIdentity caller;

    TokensResource(TokenIssuer issuer, SecurityIdentity caller) {
        this.issuer = issuer;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Issue a token", description = "The answer carries the secret once; only its hash is kept.")
    @APIResponse(responseCode = "201", description = "Issued: {id, token, …}")
    @APIResponse(responseCode = "403", description = "Not an admin (problem+json)")
    @APIResponse(responseCode = "422", description = "Missing name, unknown scope, bad expiry (problem+json)")
    public Response issue(TokenRequest body, UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid(null, "Send {name, scopes, expiresAt, actsFor?} as JSON.");
        }
        ApiToken.Issued issued = issuer.issue(new TokenIssuer.Request(body.name(), body.scopes(),
                expiryOf(body.expiresAt()), body.actsFor()), caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.token().id)).build())
                .entity(TokenJson.of(issued.token(), issued.secret())).build();
    }

    @GET
    @Operation(summary = "List tokens", description = "Newest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The tokens")
    public List<TokenJson> list() {
        return issuer.all().stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token", description = "Requests with it get 401 from now on.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token (problem+json)")
    public Response revoke(@PathParam("id") long id) {
        issuer.revoke(id, caller.getPrincipal().getName());
        return Response.noContent().build();
    }

    /** Reads an instant or a plain date (its start, in UTC). */
    public static Instant expiryOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("expiresAt", "Give the expiry as 2027-01-31 or 2027-01-31T00:00:00Z.");
        }
    }
}
