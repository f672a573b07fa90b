package org.factdesk.bench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The baseline: what Quarkus, Qute and Panache do for the same rows with nothing else in the way —
 * no sign-in, no roles, no workflow, no events. Factdesk's figures are reported as a share of these.
 */
@Path("/bare")
public class BarePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Line> lines);

        static native TemplateInstance shortQueue(List<BareClaim> rows);
    }

    public record Row(long id, String text, String claimant, String state, String priority, LocalDate dueDate) {
        static Row of(BareClaim claim) {
            return new Row(claim.id, claim.text, claim.claimant.name, claim.state, claim.priority, claim.dueDate);
        }
    }

    public record Feed(List<Row> items) {
    }

    /** The cells of a queue row, as Factdesk's queue shows them. */
    public record Line(long id, String text, String claimant, String priority, LocalDate dueDate, long ageDays,
            String checkWorthinessPercent, List<String> tags) {
        static Line of(BareClaim claim, Instant now) {
            return new Line(claim.id, claim.text, claim.claimant.name, claim.priority, claim.dueDate,
                    Duration.between(claim.createdAt, now).toDays(),
                    claim.checkWorthiness == null ? "—" : Math.round(claim.checkWorthiness * 100) + "%", claim.tags);
        }

        /** The link to the rows with one tag. */
        public String linkToTag(String tag) {
            return "/bare/queue?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        }
    }

    @GET
    @Path("queue")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String queue() {
        Instant now = Instant.now();
        return Templates.queue(BareClaim.queuePage().stream().map(claim -> Line.of(claim, now)).toList()).render();
    }

    /** The same rows with four cells each: the baseline of earlier runs, kept to show what the other cells cost. */
    @GET
    @Path("short-queue")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String shortQueue() {
        return Templates.shortQueue(BareClaim.queuePage()).render();
    }

    @GET
    @Path("claims")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Feed claims() {
        return new Feed(BareClaim.firstPage().stream().map(Row::of).toList());
    }

    /** One optimistic write to one claim row: the least a transition could cost. */
    @POST
    @Path("claims/{id}/touch")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response touch(@PathParam("id") long id) {
        BareClaim claim = BareClaim.findById(id);
        if (claim == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        claim.updatedAt = Instant.now();
        claim.flush();
        return Response.ok(Row.of(claim)).build();
    }

    /** A webhook receiver for the soak run: takes each delivery and answers 204, counting nothing. */
    @POST
    @Path("webhook")
    public Response webhook(String delivery) {
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e) {
        return Response.status(Response.Status.CONFLICT).build();
    }
}
