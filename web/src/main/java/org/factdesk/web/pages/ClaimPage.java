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
import org.factdesk.core.people.Role;
import org.factdesk.core.source.Source;
import org.factdesk.web.api.FactChecks;
import org.factdesk.workflow.conversation.Conversation;
import org.factdesk.workflow.conversation.Note;
import org.factdesk.workflow.conversation.Notifications;
import org.factdesk.workflow.research.Research;
import org.factdesk.workflow.review.ClaimWorkflow;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** One claim for the people working on it: research, verdict, and every move through review. */
@Path("/claims/{id}")
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(Viewer viewer, ClaimPageView page);

        static native TemplateInstance source(Viewer viewer, SourceForm source);

        static native TemplateInstance approval(Viewer viewer, FactChecks.ApprovalPreview preview, String assignee,
                boolean namesPeople, String organisation);
    }

    private final ClaimPages pages;
    private final Research research;
    private final ClaimWorkflow workflow;
    private final Viewers viewers;
    private final Conversation conversation;
    private final Notifications notifications;
    private final FactChecks factChecks;

    ClaimPage(ClaimPages pages, Research research, ClaimWorkflow workflow, Viewers viewers, Conversation conversation,
            Notifications notifications, FactChecks factChecks) {
        this.factChecks = factChecks;
        this.pages = pages;
        this.research = research;
        this.workflow = workflow;
        this.viewers = viewers;
        this.conversation = conversation;
        this.notifications = notifications;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String show(@PathParam("id") long id) {
        ClaimPageView page = pages.claimPage(id, viewers.username());
        notifications.markReadOn(id, viewers.username());
        return Templates.claim(viewers.current(), page).render();
    }

    /** The confirmation step of an approval: the public page and ClaimReview as they will be, and Publish now. */
    @GET
    @Path("approval")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String previewApproval(@PathParam("id") long id, @RestQuery String assignee) {
        var pending = workflow.previewApproval(id, assignee, viewers.username());
        return Templates.approval(viewers.current(), factChecks.preview(pending), assignee == null ? "" : assignee.strip(),
                factChecks.namesPeople(), factChecks.publisher().name()).render();
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeNote(@PathParam("id") long id, @RestForm String text) {
        Note note = conversation.write(id, text, viewers.username());
        return backToClaim(id, note.mentions().isEmpty() ? "Note added." : "Note added; " + String.join(", ", note.mentions().stream().map(m -> "@" + m).toList()) + " notified.");
    }

    @POST
    @Path("sources")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cite(@PathParam("id") long id, @RestForm String url, @RestForm String title,
            @RestForm String publisher, @RestForm String publishedOn, @RestForm String stance, @RestForm String quote,
            @RestForm String archiveUrl) {
        research.cite(id, FormInputs.source(url, title, publisher, publishedOn, null, stance, quote, archiveUrl),
                viewers.username());
        return backToClaim(id, "Source cited.");
    }

    /** The form that corrects or removes one cited source, while the claim is in research. */
    @GET
    @Path("sources/{sourceId}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String editSource(@PathParam("id") long id, @PathParam("sourceId") long sourceId) {
        Source source = research.sourceToRevise(id, sourceId, viewers.username());
        return Templates.source(viewers.current(), SourceForm.of(id, source)).render();
    }

    @POST
    @Path("sources/{sourceId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviseSource(@PathParam("id") long id, @PathParam("sourceId") long sourceId, @RestForm String url,
            @RestForm String title, @RestForm String publisher, @RestForm String publishedOn, @RestForm String accessedOn,
            @RestForm String stance, @RestForm String quote, @RestForm String archiveUrl) {
        research.revise(id, sourceId, FormInputs.source(url, title, publisher, publishedOn, accessedOn, stance, quote,
                archiveUrl), viewers.username());
        return backToClaim(id, "Source corrected.");
    }

    @POST
    @Path("sources/{sourceId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeSource(@PathParam("id") long id, @PathParam("sourceId") long sourceId) {
        research.remove(id, sourceId, viewers.username());
        return backToClaim(id, "Source removed; the history keeps what it was.");
    }

    @POST
    @Path("verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveVerdict(@PathParam("id") long id, @RestForm String rating, @RestForm String summary,
            @RestForm String explanation) {
        research.draftVerdict(id, FormInputs.verdict(rating, summary, explanation), viewers.username());
        return backToClaim(id, "Verdict saved. Other reviewers cannot see it.");
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @RestForm String action, @RestForm String comment,
            @RestForm String reason, @RestForm String assignee, @RestForm String requiredReviews,
            @RestForm String priority, @RestForm String dueDate) {
        var request = FormInputs.transition(action, comment, reason, assignee, requiredReviews, priority, dueDate);
        workflow.perform(id, request, viewers.username());
        URI back = SubmittedForm.backOr("/claims/" + id);
        return Response.seeOther(back).cookie(Flash.notice(FormInputs.doneMessage(request.action(), id))).build();
    }

    private static Response backToClaim(long id, String notice) {
        return Response.seeOther(URI.create("/claims/" + id)).cookie(Flash.notice(notice)).build();
    }
}
