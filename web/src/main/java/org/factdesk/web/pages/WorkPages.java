package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.web.api.QueryParameters;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.review.ClaimWorkflow;
import org.factdesk.workflow.review.TransitionRequest;
import org.jboss.resteasy.reactive.RestForm;

/** The lists people work from all day: the queue, their own claims, triage and review. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WorkPages {

    /** Two pages of triage at most: more than anyone reads before acting on them. */
    static final int MAX_SELECTED = 100;
    private static final Set<Action> TRIAGE_ACTIONS = EnumSet.of(Action.ACCEPT, Action.DISMISS, Action.ASSIGN);

    /** Beyond this, nobody is paging by hand; filters find a claim sooner. */
    static final int MAX_PAGE = 10_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Viewer viewer, DeskLists.Listing<DeskLists.QueueLine> listing, DeskLists.QueueFilter filter,
                List<DeskLists.SecondSeat> secondSeats);

        static native TemplateInstance claimed(long id);

        static native TemplateInstance myClaims(Viewer viewer, List<DeskLists.Row> rows, String q);

        static native TemplateInstance search(Viewer viewer, DeskLists.Listing<DeskLists.Found> listing, String q);

        static native TemplateInstance triage(Viewer viewer, DeskLists.Listing<DeskLists.Row> incoming, DeskLists.Listing<DeskLists.Row> assignable,
                List<Person> reviewers, String q, DeskLists.TriageOrder order, List<DeskLists.TriageOrder> orders);

        static native TemplateInstance review(Viewer viewer, DeskLists.Listing<DeskLists.Row> inReview, DeskLists.Listing<DeskLists.Row> published);
    }

    private final DeskLists lists;
    private final ClaimPages claimPages;
    private final ClaimWorkflow workflow;
    private final Viewers viewers;

    WorkPages(DeskLists lists, ClaimPages claimPages, ClaimWorkflow workflow, Viewers viewers) {
        this.lists = lists;
        this.claimPages = claimPages;
        this.workflow = workflow;
        this.viewers = viewers;
    }

    @GET
    @Path("queue")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME})
    @Transactional
    public String queue(@QueryParam("q") String text, @QueryParam("tag") String tag, @QueryParam("claimant") String claimant,
            @QueryParam("page") String page) {
        DeskLists.QueueFilter filter = new DeskLists.QueueFilter(text, tag, claimant);
        int pageNumber = pageNumber(page);
        List<DeskLists.SecondSeat> secondSeats = pageNumber == 0 && filter.isEmpty()
                ? lists.secondReviewsWanted(viewers.username()) : List.of();
        return Templates.queue(viewers.current(), lists.queue(filter, pageNumber), filter, secondSeats).render();
    }

    /** A page number from a link: 0 when absent; a bad one is refused like any bad query parameter. */
    private static int pageNumber(String page) {
        Integer number = QueryParameters.wholeNumber(page, "page");
        if (number == null) {
            return 0;
        }
        if (number < 0 || number > MAX_PAGE) {
            throw Refusal.badQuery("page", "page is a page number from 0 to " + MAX_PAGE + ".");
        }
        return number;
    }

    /** Links to the pages of one list on a page that shows several: each list pages on its own. */
    private static IntFunction<String> linksTo(String path, String parameter) {
        return page -> page == 0 ? path : path + (path.contains("?") ? "&" : "?") + parameter + "=" + page;
    }

    /** Claims in place from the queue (htmx); without script, the form posts and lands on the claim. */
    @POST
    @Path("queue/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME})
    public Response claimFromQueue(@PathParam("id") long id, @HeaderParam("HX-Request") String htmx) {
        workflow.perform(id, TransitionRequest.of(Action.CLAIM), viewers.username());
        if ("true".equals(htmx)) {
            return Response.ok(Templates.claimed(id).render(), MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.seeOther(URI.create("/claims/" + id)).cookie(Flash.notice("You hold claim #" + id + ".")).build();
    }

    /** The header's search: any claim in any state, best match first. */
    @GET
    @Path("search")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public String search(@QueryParam("q") String text, @QueryParam("page") String page) {
        String q = text == null ? "" : text.strip();
        DeskLists.Listing<DeskLists.Found> listing = q.isEmpty()
                ? new DeskLists.Listing<>(List.of(), 0, false, number -> "/search")
                : lists.everywhere(q, pageNumber(page), number -> "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                        + (number == 0 ? "" : "&page=" + number));
        return Templates.search(viewers.current(), listing, q).render();
    }

    @GET
    @Path("my-claims")
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME})
    @Transactional
    public String myClaims(@QueryParam("q") String text) {
        String q = text == null ? "" : text.strip();
        return Templates.myClaims(viewers.current(), lists.heldBy(viewers.username(), q), q).render();
    }

    @GET
    @Path("triage")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public String triage(@QueryParam("q") String text, @QueryParam("order") String orderName, @QueryParam("page") String page,
            @QueryParam("assignable") String assignablePage) {
        String q = text == null ? "" : text.strip();
        DeskLists.TriageOrder order = DeskLists.TriageOrder.of(orderName);
        String path = "/triage";
        if (!q.isEmpty()) {
            path += "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        }
        if (order != DeskLists.TriageOrder.WORTHINESS) {
            path += (path.contains("?") ? "&" : "?") + "order=" + order.parameter();
        }
        return Templates.triage(viewers.current(), lists.triage(q, order, pageNumber(page), linksTo(path, "page")),
                lists.assignable(q, pageNumber(assignablePage), linksTo(path, "assignable")), claimPages.reviewers(), q, order,
                List.of(DeskLists.TriageOrder.values())).render();
    }

    /**
     * Accepts, dismisses or assigns every selected claim in one step. Each claim moves on its own, so
     * one that someone else moved meanwhile is named in the answer and the rest still move.
     */
    @POST
    @Path("triage/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response triageSelected(@RestForm("claim") List<String> claims, @RestForm String action, @RestForm String reason,
            @RestForm String assignee, @RestForm String requiredReviews, @RestForm String priority, @RestForm String dueDate) {
        TransitionRequest request = FormInputs.transition(action, null, reason, assignee, requiredReviews, priority, dueDate);
        if (!TRIAGE_ACTIONS.contains(request.action())) {
            throw Refusal.invalid("action", "Selected claims can be accepted, dismissed or assigned.");
        }
        List<ClaimWorkflow.Outcome> outcomes = workflow.performEach(FormInputs.claimIds(claims, MAX_SELECTED), request,
                viewers.username());
        URI back = SubmittedForm.backOr("/triage");
        return Response.seeOther(back).cookie(FormInputs.batchMessage(request, outcomes)).build();
    }

    @GET
    @Path("review")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public String review(@QueryParam("page") String page, @QueryParam("published") String publishedPage) {
        return Templates.review(viewers.current(), lists.inReview(pageNumber(page), linksTo("/review", "page")),
                lists.published(pageNumber(publishedPage), linksTo("/review", "published"))).render();
    }
}
