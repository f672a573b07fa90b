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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.factdesk.core.Refusal;
import org.factdesk.core.article.Article;
import org.factdesk.core.people.Role;
import org.factdesk.search.SimilarClaims;
import org.factdesk.workflow.intake.ArticleImport.Pick;
import org.factdesk.workflow.intake.ArticleImport;
import org.factdesk.workflow.intake.Submitter;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** Import an article, see its sentences ranked for check-worthiness, and pick the claims to check. */
@Path("/articles")
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME})
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newArticle(Viewer viewer);

        static native TemplateInstance article(Viewer viewer, Article article, List<CandidateRow> candidates);
    }

    /** How much of the article to show on each side of a candidate sentence. */
    static final int CONTEXT_CHARS = 120;

    /** A candidate with the words around it in the article, so a person judges it in context. */
    public record CandidateRow(ArticleImport.Candidate candidate, String before, String after, SimilarClaims.Similar alreadyChecked) {
        static CandidateRow of(ArticleImport.Candidate candidate, String body, SimilarClaims.Similar alreadyChecked) {
            int from = Math.max(0, candidate.start() - CONTEXT_CHARS);
            int to = Math.min(body.length(), candidate.end() + CONTEXT_CHARS);
            return new CandidateRow(candidate, (from > 0 ? "…" : "") + body.substring(from, candidate.start()).replace('\n', ' '),
                    body.substring(candidate.end(), to).replace('\n', ' ') + (to < body.length() ? "…" : ""), alreadyChecked);
        }
    }

    private final ArticleImport articles;
    private final Viewers viewers;
    private final SimilarClaims similarClaims;

    ArticlePages(ArticleImport articles, Viewers viewers, SimilarClaims similarClaims) {
        this.articles = articles;
        this.viewers = viewers;
        this.similarClaims = similarClaims;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public String newArticle() {
        return Templates.newArticle(viewers.current()).render();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importArticle(@RestForm String title, @RestForm String publisher, @RestForm String url,
            @RestForm String publishedOn, @RestForm String text, @RestForm("file") FileUpload file) {
        String body = text;
        if ((body == null || body.isBlank()) && file != null && file.size() > 0) {
            if (file.size() > ArticleImport.MAX_TEXT_LENGTH * 4L) {
                throw Refusal.invalid("file", "The file is too large; an article is at most a few megabytes.");
            }
            body = read(file);
        }
        var proposal = articles.propose(new ArticleImport.NewArticle(title, publisher, url, dateOf(publishedOn), body));
        return Response.seeOther(URI.create("/articles/" + proposal.articleId()))
                .cookie(Flash.notice(proposal.candidates().size() + " sentences read and ranked; pick the claims to check.")).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String article(@PathParam("id") long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw Refusal.notFound("There is no article #" + id + ".");
        }
        List<ArticleImport.Candidate> candidates = articles.proposalFor(id).candidates();
        List<SimilarClaims.Similar> checked = similarClaims.alreadyCheckedTexts(candidates.stream().map(ArticleImport.Candidate::sentence).toList());
        List<CandidateRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            rows.add(CandidateRow.of(candidates.get(i), article.body, checked.get(i)));
        }
        return Templates.article(viewers.current(), article, rows).render();
    }

    @POST
    @Path("{id}/claims")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submitPicks(@PathParam("id") long id, MultipartFormDataInput form) {
        List<Pick> picks = new ArrayList<>();
        Map<String, Collection<FormValue>> values = form.getValues();
        for (FormValue pick : values.getOrDefault("pick", List.of())) {
            String[] span = pick.getValue().split("-");
            if (span.length != 2 || !span[0].matches("\\d{1,7}") || !span[1].matches("\\d{1,7}")) {
                throw Refusal.invalid("picks", "A pick was not one of the article's sentences.");
            }
            String claimant = firstValue(values, "claimant-" + span[0]);
            String text = firstValue(values, "text-" + span[0]);
            picks.add(new Pick(Integer.parseInt(span[0]), Integer.parseInt(span[1]), claimant, text));
        }
        List<Long> created;
        try {
            created = articles.submitPicks(id, picks, Submitter.person(viewers.username()));
        } catch (Refusal refusal) {
            throw besideItsSentence(refusal, picks);
        }
        return Response.seeOther(URI.create("/triage"))
                .cookie(Flash.notice(created.size() + " claim(s) from the article are waiting for triage.")).build();
    }

    /** The page's fields are named by the sentence's start ("claimant-120"), the body's by the pick's place ("picks[0].claimant"). */
    private static Refusal besideItsSentence(Refusal refusal, List<Pick> picks) {
        for (int index = 0; index < picks.size(); index++) {
            for (String field : List.of("claimant", "text")) {
                if (refusal.field().filter(ArticleImport.pickField(index, field)::equals).isPresent()) {
                    return Refusal.invalid(field + "-" + picks.get(index).start(), refusal.getMessage());
                }
            }
        }
        return refusal;
    }

    private static String firstValue(Map<String, Collection<FormValue>> values, String field) {
        return values.getOrDefault(field, List.of()).stream().findFirst().map(FormValue::getValue).orElse(null);
    }

    private static String read(FileUpload file) {
        try {
            return ArticleImport.textOf(Files.readAllBytes(file.uploadedFile()), file.contentType(), "file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant dateOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("publishedOn", "Give the date as YYYY-MM-DD.");
        }
    }
}
