package org.factdesk.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Role;
import org.factdesk.core.security.SecurityEvent;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;

/** Admins read the security log: sign-ins and their failures, locks, sessions ended, token use, admin actions. */
@Path("/api/v1/security-log")
@Tag(name = "Security log", description = "Append-only record of sign-ins, locks, token use and admin actions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class SecurityLogResource {

    public record SecurityEventJson(long id, String kind, Instant at, String subject, String actor, String address,
            String detail) {
        static SecurityEventJson of(SecurityEvent event) {
            return new SecurityEventJson(event.id, event.kind.name().toLowerCase(Locale.ROOT), event.at, event.subject,
                    event.actor, event.address, event.detail);
        }
    }

    private final SecurityLog log;

    SecurityLogResource(SecurityLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "The security log, newest first",
            description = "Pass the page's nextCursor as before= for older lines; kind= keeps one kind of line.")
    @APIResponse(responseCode = "200", description = "One page of lines")
    @APIResponse(responseCode = "400", description = "A bad before, kind or limit (problem+json)")
    public Page<SecurityEventJson> newestFirst(
            @Parameter(description = "Only lines older than this id (a page's nextCursor)") @QueryParam("before") String before,
            @Parameter(description = "One kind of line, e.g. sign_in_failed") @QueryParam("kind") String kind,
            @Parameter(description = "At most this many lines, 1 to 200 (default 50)") @QueryParam("limit") String limit) {
        Integer requested = QueryParameters.wholeNumber(limit, "limit");
        int size = requested == null ? 50 : requested;
        if (size < 1 || size > SecurityLog.MAX_PAGE) {
            throw Refusal.badQuery("limit", "limit must be between 1 and " + SecurityLog.MAX_PAGE + ".");
        }
        List<SecurityEvent> lines = log.newestFirst(QueryParameters.longNumber(before, "before"), kindOf(kind), size + 1);
        String next = lines.size() > size ? String.valueOf(lines.get(size - 1).id) : null;
        return new Page<>(lines.stream().limit(size).map(SecurityEventJson::of).toList(), next);
    }

    /** The named kind, in any case; refused with the choices otherwise. */
    public static Kind kindOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> Refusal.badQuery("kind", "kind is one of " + Arrays.stream(Kind.values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + "."));
    }
}
