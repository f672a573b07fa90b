package org.factdesk.web.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Role;
import org.factdesk.web.security.People;
import org.factdesk.workflow.events.EventLog;
import org.factdesk.workflow.events.ReviewEvent;

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
    /** How long one round of the stream waits before it looks again. */
    static final Duration STREAM_HOLD = Duration.ofSeconds(30);

    /** The value of after that means "from now on": a new poller skips the history it does not need. */
    static final String LATEST = "latest";

    private final ChangeFeedSignal signal;
    private final EventLog eventLog;

    EventsResource(ChangeFeedSignal signal, EventLog eventLog) {
        this.signal = signal;
        this.eventLog = eventLog;
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
    public Uni<Feed> events(@Parameter(description = "Sequence number already seen (default 0), or latest for only what comes next")
            @QueryParam("after") String after,
            @Parameter(description = "At most this many events, 1 to 1000 (default 100)") @QueryParam("limit") String limit,
            @Parameter(description = "Seconds to hold an empty answer, 0 to 60 (default 0)") @QueryParam("wait") String wait) {
        Integer requested = QueryParameters.wholeNumber(limit, "limit");
        int size = requested == null ? DEFAULT_LIMIT : requested;
        if (size < 1 || size > MAX_LIMIT) {
            throw Refusal.badQuery("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        Integer waitFor = QueryParameters.wholeNumber(wait, "wait");
        int seconds = waitFor == null ? 0 : waitFor;
        if (seconds < 0 || seconds > MAX_WAIT_SECONDS) {
            throw Refusal.badQuery("wait", "wait is 0 to " + MAX_WAIT_SECONDS + " seconds.");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        if (isLatest(after)) {
            return Uni.createFrom().item(eventLog::lastSeq).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .flatMap(last -> poll(last, size, deadline));
        }
        return poll(sequenceAfter(after), size, deadline);
    }

    private static boolean isLatest(String after) {
        return after != null && after.strip().equalsIgnoreCase(LATEST);
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream the change feed (Server-Sent Events)",
            description = "The same events as the feed, pushed as they are committed; each SSE id is the event's seq, "
                    + "so a reconnecting client resumes with Last-Event-ID.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream")
    @APIResponse(responseCode = "400", description = "A bad after (problem+json)")
    public Multi<OutboundSseEvent> stream(@Parameter(description = "Sequence number already seen (default 0)") @QueryParam("after") String after,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        long from = resumePoint(after, lastEventId);
        AtomicLong seen = new AtomicLong(from);
        return Multi.createBy().repeating()
                .uni(() -> poll(seen.get(), DEFAULT_LIMIT, System.nanoTime() + STREAM_HOLD.toNanos()))
                .indefinitely()
                .onItem().transformToIterable(feed -> {
                    seen.set(feed.last());
                    return feed.events().stream().map(e -> sse.newEventBuilder().id(Long.toString(e.seq())).name(e.action())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(EventJson.class, e).build()).toList();
                });
    }

    private static long resumePoint(String after, String lastEventId) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Math.max(0, Long.parseLong(lastEventId.strip()));
            } catch (NumberFormatException e) {
                throw Refusal.badQuery("Last-Event-ID", "Last-Event-ID is the seq of the last event received.");
            }
        }
        return sequenceAfter(after);
    }

    private static long sequenceAfter(String after) {
        Long from = QueryParameters.longNumber(after, "after");
        if (from != null && from < 0) {
            throw Refusal.badQuery("after", "after is a sequence number, 0 or more, or latest.");
        }
        return from == null ? 0 : from;
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
