package org.factdesk.web.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.detection.CheckWorthiness;
import org.factdesk.core.people.Role;
import org.factdesk.search.SimilarClaims;
import org.factdesk.web.security.People;
import org.factdesk.workflow.intake.ArticleImport.Pick;
import org.factdesk.workflow.intake.ArticleImport.Proposal;
import org.factdesk.workflow.intake.ArticleImport;
import org.factdesk.workflow.intake.Submitter;

/** From article to claims: submit an article, get its sentences ranked, turn the picked ones into claims. */
@Path("/api/v1")
@Tag(name = "Articles", description = "Propose claims from an article, and score sentences for check-worthiness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME, People.SUBMIT_SCOPE})
public class ArticlesResource {

    static final int MAX_SENTENCES = 1000;
    static final int MAX_SENTENCE_LENGTH = 5000;

    /** {@code text} is plain text or an HTML page. */
    public record ArticleBody(String title, String publisher, String url, Instant publishedAt, String text) {
    }

    /** The stored article's id and its candidate claims, best first. */
    public record ProposalJson(long id, List<CandidateJson> candidates) {
    }

    /** A candidate claim; {@code alreadyChecked} is the published fact-check it repeats, when there is one. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CandidateJson(String sentence, double score, boolean checkWorthy, String claimant, int start, int end,
            ClaimJson.SimilarJson alreadyChecked) {
        static CandidateJson of(ArticleImport.Candidate c, SimilarClaims.Similar checked) {
            return new CandidateJson(c.sentence(), c.score(), c.checkWorthy(), c.claimant(), c.start(), c.end(),
                    checked == null ? null : ClaimJson.SimilarJson.of(checked));
        }
    }

    public record PicksBody(List<Pick> picks) {
    }

    public record ClaimsCreated(List<Long> claims) {
    }

    public record SentencesBody(List<String> sentences) {
    }

    public record Scored(String sentence, double score, boolean checkWorthy) {
    }

    public record Scores(List<Scored> results, double threshold) {
    }

    private final ArticleImport articles;
    private final SecurityIdentity caller;
    private final SimilarClaims similarClaims;

    ArticlesResource(ArticleImport articles, SecurityIdentity caller, SimilarClaims similarClaims) {
        this.articles = articles;
        this.caller = caller;
        this.similarClaims = similarClaims;
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose claims from an article",
            description = "Cleans the text (a page narrowed to its article), splits it into sentences, scores each for "
                    + "check-worthiness and guesses its claimant. Answers the stored article's id and its candidates, best first.")
    @APIResponse(responseCode = "201", description = "{id, candidates:[{sentence, score, checkWorthy, claimant, start, end}]}")
    @APIResponse(responseCode = "422", description = "No title or no readable text (problem+json)")
    public Response propose(ArticleBody body, UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid(null, "Send {title, publisher, url, publishedAt, text} as JSON.");
        }
        return created(articles.propose(new ArticleImport.NewArticle(body.title(), body.publisher(), body.url(),
                body.publishedAt(), body.text())), uri);
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Propose claims from an HTML page", description = "The page is the body, read in the charset that "
            + "the Content-Type or else the page's own <meta charset> declares (UTF-8 when neither does); title and the rest "
            + "as query parameters.")
    @APIResponse(responseCode = "201", description = "{id, candidates}")
    @APIResponse(responseCode = "422", description = "No title given or in the page, no readable text, or bytes that are "
            + "not text in the declared charset (problem+json)")
    public Response proposeHtml(byte[] html, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "The article's title; left out, the page's own") @QueryParam("title") String title,
            @QueryParam("publisher") String publisher, @QueryParam("url") String url,
            @Parameter(description = "e.g. 2020-09-26T19:13:00Z") @QueryParam("publishedAt") String publishedAt, UriInfo uri) {
        Instant published = QueryParameters.instant(publishedAt, "publishedAt");
        String text = ArticleImport.textOf(html, contentType, "text");
        return created(articles.propose(new ArticleImport.NewArticle(title, publisher, url, published, text)), uri);
    }

    @POST
    @Path("articles/{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn picked sentences into claims", description = "Each pick {start, end, claimant?} becomes a NEW claim.")
    @APIResponse(responseCode = "201", description = "{claims:[ids]}")
    @APIResponse(responseCode = "404", description = "No such article (problem+json)")
    @APIResponse(responseCode = "422", description = "A pick outside the text, or no claimant (problem+json)")
    public Response submitPicks(@PathParam("id") long id, PicksBody body) {
        List<Long> claims = articles.submitPicks(id, body == null ? null : body.picks(),
                Submitter.fromPrincipal(caller.getPrincipal().getName()));
        return Response.status(Response.Status.CREATED).entity(new ClaimsCreated(claims)).build();
    }

    @POST
    @Path("check-worthiness")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME, People.READ_SCOPE})
    @Operation(summary = "Score sentences for check-worthiness", description = "With the tuned threshold; up to 1000 sentences.")
    @APIResponse(responseCode = "200", description = "{results:[{sentence, score, checkWorthy}], threshold}")
    @APIResponse(responseCode = "422", description = "No sentences, too many, or too long (problem+json)")
    public Scores score(SentencesBody body) {
        if (body == null || body.sentences() == null || body.sentences().isEmpty()) {
            throw Refusal.invalid("sentences", "Send {\"sentences\": [\"…\"]} with at least one sentence.");
        }
        if (body.sentences().size() > MAX_SENTENCES) {
            throw Refusal.invalid("sentences", "At most " + MAX_SENTENCES + " sentences per request.");
        }
        CheckWorthiness detector = CheckWorthiness.bundled();
        List<Scored> results = body.sentences().stream().map(sentence -> {
            if (sentence == null || sentence.length() > MAX_SENTENCE_LENGTH) {
                throw Refusal.invalid("sentences", "Each sentence is text of at most " + MAX_SENTENCE_LENGTH + " characters.");
            }
            double score = detector.score(sentence);
            return new Scored(sentence, Math.round(score * 10000) / 10000.0, score >= detector.threshold());
        }).toList();
        return new Scores(results, detector.threshold());
    }

    private Response created(Proposal proposal, UriInfo uri) {
        List<SimilarClaims.Similar> checked = similarClaims.alreadyCheckedTexts(
                proposal.candidates().stream().map(ArticleImport.Candidate::sentence).toList());
        List<CandidateJson> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            candidates.add(CandidateJson.of(proposal.candidates().get(i), checked.get(i)));
        }
        return Response.created(uri.getBaseUriBuilder().path("articles").path(Long.toString(proposal.articleId())).build())
                .entity(new ProposalJson(proposal.articleId(), candidates)).build();
    }
}
