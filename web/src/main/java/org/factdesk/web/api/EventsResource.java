package org.factdesk.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Duration;
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
    static final int MAX_WAIT_SECONDS = 60;
    /** How often a waiting poll looks for events committed by other app instances. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    private final ChangeFeedSignal signal;

    EventsResource(ChangeFeedSignal signal) {
        this.signal = signal;
    }

    /** A page of the feed; {@code last} is the sequence number to ask after next time. */
    public record Feed(List<EventJson> events, long last) {
    }

    @GET
    @Operation(summary = "Read the change feed",
            description = "Events with seq greater than after, oldest first. With wait, an empty answer is held until an event "
                    + "is committed or the wait is over, so a poller learns of changes at once without asking often.")
    @APIResponse(responseCode = "200", description = "Events after the given sequence number; last is the seq to ask after next")
    @APIResponse(responseCode = "400", description = "A bad after, limit or wait (problem+json)")
    public Uni<Feed> events(@Parameter(description = "Sequence number already seen (default 0)") @QueryParam("after") Long after,
            @Parameter(description = "At most this many events, 1 to 1000 (default 100)") @QueryParam("limit") Integer limit,
            @Parameter(description = "Seconds to hold an empty answer, 0 to 60 (default 0)") @QueryParam("wait") Integer wait) {
        long from = after == null ? 0 : after;
        if (from < 0) {
            throw Refusal.badQuery("after", "after is a sequence number, 0 or more.");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw Refusal.badQuery("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        int seconds = wait == null ? 0 : wait;
        if (seconds < 0 || seconds > MAX_WAIT_SECONDS) {
            throw Refusal.badQuery("wait", "wait is 0 to " + MAX_WAIT_SECONDS + " seconds.");
        }
        return poll(from, size, System.nanoTime() + Duration.ofSeconds(seconds).toNanos());
    }

    /** One query per wake-up: at a commit here, or at the re-check that finds other instances' commits. */
    private Uni<Feed> poll(long from, int size, long deadline) {
        Uni<Void> woken = signal.nextCommit();
        return read(from, size).flatMap(feed -> {
            long remaining = deadline - System.nanoTime();
            if (!feed.events().isEmpty() || remaining <= 0) {
                return Uni.createFrom().item(feed);
            }
            Duration nap = Duration.ofNanos(Math.min(remaining, RECHECK.toNanos()));
            return woken.ifNoItem().after(nap).recoverWithItem((Void) null).flatMap(ignored -> poll(from, size, deadline));
        });
    }

    private Uni<Feed> read(long from, int size) {
        return Uni.createFrom().item(() -> QuarkusTransaction.joiningExisting().call(() -> {
            List<EventJson> events = ReviewEvent.after(from, size).stream().map(EventJson::of).toList();
            return new Feed(events, events.isEmpty() ? from : events.get(events.size() - 1).seq());
        })).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
