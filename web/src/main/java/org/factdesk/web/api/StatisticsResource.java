package org.factdesk.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.people.Role;
import org.factdesk.workflow.review.Agreement;
import org.factdesk.workflow.review.DoubleReviews;

/** Figures about the desk's own process, for editors. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "How the desk works")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class StatisticsResource {

    private final DoubleReviews doubleReviews;

    StatisticsResource(DoubleReviews doubleReviews) {
        this.doubleReviews = doubleReviews;
    }

    /** Percent agreement and Cohen's kappa are null until a double review is complete. */
    public record AgreementJson(int pairs, Double percentAgreement, Double kappa) {
        static AgreementJson of(Agreement agreement) {
            return new AgreementJson(agreement.pairs(), finite(agreement.percentAgreement()), finite(agreement.kappa()));
        }

        private static Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    @GET
    @Path("double-review-agreement")
    @Operation(summary = "Agreement of blind double reviews", description = "Percent agreement and Cohen's kappa over rating labels.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "403", description = "For editors and admins (problem+json)")
    public AgreementJson agreement() {
        return AgreementJson.of(doubleReviews.agreement());
    }
}
