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
        static native TemplateInstance queue(List<BareClaim> rows);
    }

    public record Row(long id, String text, String claimant, String state, String priority, LocalDate dueDate) {
        static Row of(BareClaim claim) {
            return new Row(claim.id, claim.text, claim.claimant.name, claim.state, claim.priority, claim.dueDate);
        }
    }

    public record Feed(List<Row> items) {
    }

    @GET
    @Path("queue")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String queue() {
        return Templates.queue(BareClaim.queuePage()).render();
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

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e) {
        return Response.status(Response.Status.CONFLICT).build();
    }
}
