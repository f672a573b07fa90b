package org.factdesk.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Role;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.web.security.People;
import org.factdesk.workflow.review.ReviewSeat;

/**
 * Whole-desk exports, streamed in batches so no export has a row cap and none holds the whole
 * table in memory.
 */
@Path("/api/v1/exports")
@Tag(name = "Exports", description = "CSV of claims and verdicts; JSON-LD of every published fact-check")
public class ExportsResource {

    static final int BATCH = 500;
    /** Characters that make a spreadsheet read a cell as a formula when it starts with one (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    static final String[] CLAIM_COLUMNS = {"id", "state", "text", "claimant", "claim_date", "priority", "due_date",
        "assignees", "created_at", "updated_at", "published_version", "rating", "summary", "published_at", "correction"};

    private final FactChecks factChecks;
    private final ObjectMapper json;

    ExportsResource(FactChecks factChecks, ObjectMapper json) {
        this.factChecks = factChecks;
        this.json = json;
    }

    @GET
    @Path("claims.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, People.READ_SCOPE})
    @Operation(summary = "Every claim with its latest published verdict, as CSV")
    @APIResponse(responseCode = "200", description = "CSV, one row per claim, streamed")
    public Response claimsCsv() {
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CLAIM_COLUMNS).get())) {
                long after = 0;
                while (true) {
                    long from = after;
                    List<List<Object>> rows = QuarkusTransaction.requiringNew().call(() -> claimRows(from));
                    for (List<Object> row : rows) {
                        csv.printRecord(row);
                    }
                    csv.flush();
                    if (rows.size() < BATCH) {
                        break;
                    }
                    after = ((Number) rows.get(rows.size() - 1).get(0)).longValue();
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"factdesk-claims.csv\"").build();
    }

    @GET
    @Path("fact-checks.jsonld")
    @Produces("application/ld+json")
    @PermitAll
    @Operation(summary = "Every published fact-check as one JSON-LD document",
            description = "{\"@context\": \"https://schema.org\", \"@graph\": [ClaimReview…]}, the latest version of each.")
    @APIResponse(responseCode = "200", description = "JSON-LD, streamed")
    public Response factChecksJsonLd() {
        StreamingOutput body = output -> {
            try (JsonGenerator out = json.getFactory().createGenerator(output)) {
                out.writeStartObject();
                out.writeStringField("@context", "https://schema.org");
                out.writeArrayFieldStart("@graph");
                String cursor = null;
                do {
                    String from = cursor;
                    Page<Map<String, Object>> page = QuarkusTransaction.requiringNew()
                            .call(() -> factChecks.page(from, Cursor.MAX_LIMIT, null));
                    for (Map<String, Object> review : page.items()) {
                        json.writeValue(out, review);
                    }
                    out.flush();
                    cursor = page.nextCursor();
                } while (cursor != null);
                out.writeEndArray();
                out.writeEndObject();
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"factdesk-fact-checks.jsonld\"").build();
    }

    private static List<List<Object>> claimRows(long after) {
        List<Claim> claims = Claim.<Claim>find("from Claim c join fetch c.claimant where c.id > ?1 order by c.id", after)
                .page(0, BATCH).list();
        return claims.stream().map(c -> {
            PublishedVerdict published = PublishedVerdict.latestFor(c).orElse(null);
            String assignees = String.join(" ", ReviewSeat.of(c).stream().map(s -> s.reviewer.username).toList());
            return List.<Object>of(c.id, c.state(), asText(c.text), asText(c.claimant.name), orEmpty(c.claimDate), c.priority,
                    orEmpty(c.dueDate), asText(assignees), c.createdAt, c.updatedAt,
                    published == null ? "" : published.version, published == null ? "" : asText(published.ratingName),
                    published == null ? "" : asText(orEmpty(published.summary)), published == null ? "" : orEmpty(published.datePublished()),
                    published == null || published.correctionNote == null ? "" : asText(published.correctionNote));
        }).toList();
    }

    /**
     * Typed text as a spreadsheet shows it: a cell that would start a formula ("=HYPERLINK(…)", "@SUM(…)",
     * "-1+1", a tab before one) gets a leading apostrophe, so a claim someone submitted can never run in
     * the editor's spreadsheet. Only text columns: ids, dates and versions stay numbers.
     */
    static String asText(Object value) {
        String text = String.valueOf(value);
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
