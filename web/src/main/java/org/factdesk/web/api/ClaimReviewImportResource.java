package org.factdesk.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.claimreview.ClaimReviewReader;
import org.factdesk.core.people.Role;
import org.factdesk.workflow.intake.ClaimReviewImport;

/** Other fact-checkers' published ClaimReviews, kept here as their fact-checks. */
@Path("/api/v1/imports/claimreview")
@Tag(name = "Imports", description = "Keep other fact-checkers' ClaimReview JSON-LD as their published fact-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, ClaimReviewImportResource.JSON_LD})
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimReviewImportResource {

    static final String JSON_LD = "application/ld+json";

    private final ClaimReviewImport imports;
    private final SecurityIdentity caller;

    ClaimReviewImportResource(ClaimReviewImport imports, SecurityIdentity caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Import ClaimReview JSON-LD",
            description = "One ClaimReview, an array, an object with @graph, or a schema.org DataFeed, with at most "
                    + ClaimReviewReader.MAX_RECORDS + " records. Each good record becomes a published claim credited to "
                    + "its fact-checker; a record imported before is reported as a duplicate and kept once. Good records "
                    + "are kept even when others fail.")
    @RequestBody(description = "ClaimReview JSON-LD as fact-checkers publish it")
    @APIResponse(responseCode = "200",
            description = "What became of each record: {imported, skipped, failed, records: [{index, status, claimId?, reason?}]}")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON (problem+json)")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "For editors and admins (problem+json)")
    @APIResponse(responseCode = "422", description = "Not ClaimReview JSON-LD, or more than "
            + ClaimReviewReader.MAX_RECORDS + " records (problem+json)")
    public ImportReportJson importClaimReviews(JsonNode document) {
        return ImportReportJson.of(imports.importDocument(document, caller.getPrincipal().getName()));
    }
}
