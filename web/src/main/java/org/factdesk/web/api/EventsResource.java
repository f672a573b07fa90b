package org.factdesk.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Role;
import org.factdesk.web.security.People;
import org.factdesk.workflow.ReviewEvent;

/** The change feed: every action on every claim, in the order it was committed. */
@Path("/api/v1/events")
@Tag(name = "Events", description = "The change feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME, People.READ_SCOPE})
public class EventsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** A page of the feed; {@code last} is the sequence number to ask after next time. */
    public record Feed(List<EventJson> events, long last) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Read the change feed", description = "Events with seq greater than after, oldest first.")
    @APIResponse(responseCode = "200", description = "Events after the given sequence number")
    @APIResponse(responseCode = "400", description = "A bad after or limit (problem+json)")
    public Feed events(@Parameter(description = "Sequence number already seen (default 0)") @QueryParam("after") Long after,
            @Parameter(description = "At most this many events, 1 to 1000 (default 100)") @QueryParam("limit") Integer limit) {
        long from = after == null ? 0 : after;
        if (from < 0) {
            throw Refusal.badQuery("after", "after is a sequence number, 0 or more.");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw Refusal.badQuery("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        List<EventJson> events = ReviewEvent.after(from, size).stream().map(EventJson::of).toList();
        return new Feed(events, events.isEmpty() ? from : events.get(events.size() - 1).seq());
    }
}
