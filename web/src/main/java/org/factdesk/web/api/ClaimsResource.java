package org.factdesk.web.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Role;
import org.factdesk.web.security.People;
import org.factdesk.workflow.conversation.Conversation;
import org.factdesk.workflow.intake.ClaimIntake;
import org.factdesk.workflow.intake.Submitter;
import org.factdesk.workflow.research.Research;
import org.factdesk.workflow.review.ClaimWorkflow;

/** Claims for integrations and scripts: submit, read, cite, rate and move them through review. */
@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Submit claims and move them through review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME, People.READ_SCOPE})
public class ClaimsResource {

    private final ClaimViews views;
    private final ClaimIntake intake;
    private final ClaimWorkflow workflow;
    private final Research research;
    private final SecurityIdentity caller;
    private final Conversation conversation;

    ClaimsResource(ClaimViews views, ClaimIntake intake, ClaimWorkflow workflow, Research research,
            SecurityIdentity caller, Conversation conversation) {
        this.conversation = conversation;
        this.views = views;
        this.intake = intake;
        this.workflow = workflow;
        this.research = research;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List claims", description = "Keyset-paged, oldest first; follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page of claims, with an ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad limit, cursor, state or date (problem+json)")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    public Response list(
            @Parameter(description = "Only claims in this review state") @QueryParam("state") String state,
            @Parameter(description = "Only claims this username holds") @QueryParam("assignee") String assignee,
            @Parameter(description = "Only claims by this claimant (exact name, any case)") @QueryParam("claimant") String claimant,
            @Parameter(description = "Only claims with this tag") @QueryParam("tag") String tag,
            @Parameter(description = "Text in the claim or its claimant's name") @QueryParam("q") String text,
            @Parameter(description = "Only open claims past their due date") @QueryParam("overdue") String overdue,
            @Parameter(description = "Only claims changed at or after this instant, e.g. 2026-01-31T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            Request request) {
        ClaimViews.Filter filter = new ClaimViews.Filter(stateOf(state), assignee, claimant, tag, text,
                QueryParameters.flag(overdue, "overdue"), QueryParameters.instant(updatedSince, "updatedSince"));
        return conditional(views.list(filter, cursor, QueryParameters.wholeNumber(limit, "limit"), callerName()), request);
    }

    @POST
    @Operation(summary = "Submit a claim", description = "The claim starts NEW, waiting for an editor's triage.")
    @APIResponse(responseCode = "201", description = "Created; Location names the claim")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields (problem+json)")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME, People.SUBMIT_SCOPE})
    public Response submit(NewClaimBody body, UriInfo uri) {
        long id = intake.submit(requireBody(body).toNewClaim(), Submitter.fromPrincipal(callerName()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(views.submitted(id, callerName())).build();
    }

    @GET
    @Path("{id}/similar")
    @Operation(summary = "Claims this one may repeat",
            description = "Near-duplicates among open claims and matches among published fact-checks (ours and imported), "
                    + "with a similarity score from 0 to 1; an editor can dismiss the claim as a duplicate of one of them.")
    @APIResponse(responseCode = "200", description = "The matches, best first")
    @APIResponse(responseCode = "404", description = "No such claim (problem+json)")
    public List<ClaimJson.SimilarJson> similar(@PathParam("id") long id) {
        return views.similar(id);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a claim", description = "With sources, the verdicts the caller may see, published versions and history.")
    @APIResponse(responseCode = "200", description = "The claim, with an ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such claim (problem+json)")
    public Response read(@PathParam("id") long id, Request request) {
        return conditional(views.detail(id, callerName()), request);
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "Read a claim's notes", description = "The conversation of the people on the claim, oldest first. Notes are never public.")
    @APIResponse(responseCode = "200", description = "The notes")
    @APIResponse(responseCode = "404", description = "No such claim (problem+json)")
    public NoteJson.NotesJson notes(@PathParam("id") long id) {
        return new NoteJson.NotesJson(conversation.notesOf(id).stream().map(NoteJson::of).toList());
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Write a note", description = "For the claim's reviewers, people its notes mention, editors and admins. "
            + "@username mentions notify that person; the note is an event of the change feed (action note).")
    @APIResponse(responseCode = "201", description = "Written; the note")
    @APIResponse(responseCode = "403", description = "Not on the claim, nor an editor or admin (problem+json)")
    @APIResponse(responseCode = "404", description = "No such claim (problem+json)")
    @APIResponse(responseCode = "422", description = "No text, too long a text, or a mention of no one at the desk (problem+json)")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public Response writeNote(@PathParam("id") long id, NoteBody body, UriInfo uri) {
        NoteJson note = NoteJson.of(conversation.write(id, requireBody(body).text(), callerName()));
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(note).build();
    }

    @POST
    @Path("{id}/sources")
    @Operation(summary = "Cite a source", description = "For the claim's reviewer or an editor while the claim is IN_RESEARCH.")
    @APIResponse(responseCode = "201", description = "Cited; the claim with its sources")
    @APIResponse(responseCode = "403", description = "Not the claim's reviewer or an editor (problem+json)")
    @APIResponse(responseCode = "409", description = "The claim is not in research (problem+json)")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields (problem+json)")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @APIResponse(responseCode = "412", description = "The claim changed since the ETag in If-Match (problem+json)")
    public Response cite(@PathParam("id") long id, SourceBody body, @Context HttpHeaders headers) {
        requireUnchanged(id, headers);
        research.cite(id, requireBody(body).toNewSource(), callerName());
        return Response.status(Response.Status.CREATED).entity(views.detail(id, callerName())).build();
    }

    @PUT
    @Path("{id}/sources/{sourceId}")
    @Operation(summary = "Correct a cited source", description = "Replaces the source's fields while the claim is IN_RESEARCH; "
            + "the history records which fields changed.")
    @APIResponse(responseCode = "200", description = "Corrected; the claim with its sources")
    @APIResponse(responseCode = "403", description = "Not the claim's reviewer or an editor (problem+json)")
    @APIResponse(responseCode = "404", description = "The claim cites no such source (problem+json)")
    @APIResponse(responseCode = "409", description = "The claim is not in research, or the source was removed (problem+json)")
    @APIResponse(responseCode = "412", description = "The claim changed since the ETag in If-Match (problem+json)")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields (problem+json)")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public ClaimJson reviseSource(@PathParam("id") long id, @PathParam("sourceId") long sourceId, SourceBody body,
            @Context HttpHeaders headers) {
        requireUnchanged(id, headers);
        research.revise(id, sourceId, requireBody(body).toNewSource(), callerName());
        return views.detail(id, callerName());
    }

    @DELETE
    @Path("{id}/sources/{sourceId}")
    @Operation(summary = "Remove a cited source", description = "While the claim is IN_RESEARCH; the history keeps the source's title and address.")
    @APIResponse(responseCode = "200", description = "Removed; the claim with the sources it still cites")
    @APIResponse(responseCode = "403", description = "Not the claim's reviewer or an editor (problem+json)")
    @APIResponse(responseCode = "404", description = "The claim cites no such source (problem+json)")
    @APIResponse(responseCode = "409", description = "The claim is not in research, or the source was removed (problem+json)")
    @APIResponse(responseCode = "412", description = "The claim changed since the ETag in If-Match (problem+json)")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public ClaimJson removeSource(@PathParam("id") long id, @PathParam("sourceId") long sourceId, @Context HttpHeaders headers) {
        requireUnchanged(id, headers);
        research.remove(id, sourceId, callerName());
        return views.detail(id, callerName());
    }

    @PUT
    @Path("{id}/verdict")
    @Operation(summary = "Save your draft verdict", description = "Your own verdict on a claim you hold; blind to other reviewers.")
    @APIResponse(responseCode = "200", description = "Saved; the claim")
    @APIResponse(responseCode = "403", description = "You do not hold this claim (problem+json)")
    @APIResponse(responseCode = "409", description = "Not in research, or already submitted (problem+json)")
    @APIResponse(responseCode = "422", description = "Unknown rating or too long a text (problem+json)")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @APIResponse(responseCode = "412", description = "The claim changed since the ETag in If-Match (problem+json)")
    public ClaimJson draftVerdict(@PathParam("id") long id, VerdictBody body, @Context HttpHeaders headers) {
        requireUnchanged(id, headers);
        research.draftVerdict(id, requireBody(body).toDraft(), callerName());
        return views.detail(id, callerName());
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move a claim through review",
            description = "action is one of accept, dismiss, claim, assign, release, submit, approve, request-changes, reopen.")
    @APIResponse(responseCode = "200", description = "Done; the claim as it is now")
    @APIResponse(responseCode = "403", description = "Your role or relation to the claim does not allow it (problem+json)")
    @APIResponse(responseCode = "409", description = "The claim's state does not allow it, or a seat is taken (problem+json)")
    @APIResponse(responseCode = "422", description = "A required comment, reason, rating or source is missing (problem+json)")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @APIResponse(responseCode = "412", description = "The claim changed since the ETag in If-Match (problem+json)")
    public ClaimJson transition(@PathParam("id") long id, TransitionBody body, @Context HttpHeaders headers) {
        requireUnchanged(id, headers);
        workflow.perform(id, requireBody(body).toRequest(), callerName());
        return views.detail(id, callerName());
    }

    /** 200 with an ETag, or 304 when the caller's If-None-Match names the same representation. */
    private static Response conditional(Object representation, Request request) {
        EntityTag tag = EntityTags.of(representation);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(representation)).tag(tag).build();
    }

    /** Lost-update protection: with If-Match, a write goes ahead only on the claim as the caller last read it. */
    private void requireUnchanged(long id, HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        EntityTag current = EntityTags.of(views.detail(id, callerName()));
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip).anyMatch(t -> t.equals(current.toString()) || t.equals("\"" + current.getValue() + "\""));
        if (!matches) {
            throw Refusal.stale("Claim #" + id + " changed since you read it; read it again (new ETag "
                    + current + ") and retry.");
        }
    }

    private String callerName() {
        return caller.getPrincipal().getName();
    }

    private static <T> T requireBody(T body) {
        if (body == null) {
            throw Refusal.invalid(null, "Send a JSON body.");
        }
        return body;
    }

    static ReviewState stateOf(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ReviewState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.badQuery("state", "Unknown state \"" + state + "\"; use one of "
                    + Arrays.toString(ReviewState.values()) + ".");
        }
    }
}
