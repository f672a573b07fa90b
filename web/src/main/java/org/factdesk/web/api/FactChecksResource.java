package org.factdesk.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;

/** Published fact-checks as schema.org ClaimReview; public, no sign-in. */
@Path("/api/v1/fact-checks")
@Tag(name = "Fact-checks", description = "Published verdicts as schema.org ClaimReview (public)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FactChecksResource {

    private final FactChecks factChecks;

    FactChecksResource(FactChecks factChecks) {
        this.factChecks = factChecks;
    }

    @GET
    @Operation(summary = "Search published fact-checks",
            description = "The latest version of each, as ClaimReview JSON-LD, in the manner of Google Fact Check Tools' "
                    + "claims:search: q (words in the claim or its claimant), rating, publisher, since; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of ClaimReview objects")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or since (problem+json)")
    public Page<Map<String, Object>> list(@Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "Only versions published at or after this instant, e.g. 2026-01-31T00:00:00Z")
            @QueryParam("since") String since,
            @Parameter(description = "Words that must all appear in the claim or its claimant") @QueryParam("q") String text,
            @Parameter(description = "Only this rating, e.g. False") @QueryParam("rating") String rating,
            @Parameter(description = "Only this publisher (ours, or an imported fact-checker's name)") @QueryParam("publisher") String publisher) {
        return factChecks.search(new FactChecks.Search(text, rating, publisher, QueryParameters.instant(since, "since")), cursor,
                QueryParameters.wholeNumber(limit, "limit"));
    }

    @GET
    @Path("search")
    @Operation(summary = "Search published fact-checks by relevance",
            description = "In the shape of Google Fact Check Tools' claims:search: query (stemmed words, \"a phrase\", a prefix "
                    + "like tik*, claimant:name, tag:name), languageCode of the claim, publisher (ours or an imported "
                    + "fact-checker's name), maxAgeDays since publication; best match first, each item a ClaimReview with its score.")
    @APIResponse(responseCode = "200", description = "A page of {claimReview, score}, best first")
    @APIResponse(responseCode = "400", description = "No query, a query that cannot be read or over 1,000 characters, "
            + "a bad maxAgeDays, limit or cursor (problem+json)")
    public Page<FactChecks.Ranked> search(@Parameter(description = "What to search for") @QueryParam("query") String query,
            @Parameter(description = "Only claims in this language, e.g. en") @QueryParam("languageCode") String languageCode,
            @Parameter(description = "Only this publisher's fact-checks") @QueryParam("publisher") String publisher,
            @Parameter(description = "Only fact-checks published in the last this many days") @QueryParam("maxAgeDays") String maxAgeDays,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return factChecks.searchRanked(query, languageCode, publisher, QueryParameters.wholeNumber(maxAgeDays, "maxAgeDays"),
                cursor, QueryParameters.wholeNumber(limit, "limit"));
    }

    @GET
    @Path("{id}")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "One published fact-check as ClaimReview JSON-LD", description = "By claim id; application/ld+json.")
    @APIResponse(responseCode = "200", description = "The ClaimReview")
    @APIResponse(responseCode = "404", description = "Never published (problem+json)")
    public Map<String, Object> one(@PathParam("id") long id) {
        return factChecks.claimReviewOf(id)
                .orElseThrow(() -> Refusal.notFound("No fact-check has been published for claim #" + id + "."));
    }
}
