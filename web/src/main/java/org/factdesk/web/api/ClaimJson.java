package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factdesk.core.claim.Priority;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.search.SimilarClaims;

/**
 * A claim as the API shows it to one caller. Lists leave out sources, verdicts and history;
 * verdicts only appear when the caller may see them (blind review); {@code reviewersAgree} says, once
 * two verdicts are in and visible, whether they give the same rating.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimJson(long id, String text, ReviewState state, ClaimantJson claimant, List<String> assignees,
        int requiredReviews, VerdictJson verdict, List<VerdictJson> verdicts, Boolean reviewersAgree,
        List<PublishedJson> publishedVersions,
        long version, Instant createdAt, Instant updatedAt, String context, LocalDate claimDate, String language,
        String appearance, ArticleRef article, Set<String> tags, Double checkWorthiness, Priority priority,
        LocalDate dueDate, boolean overdue, List<SourceJson> sources, List<EventJson> history, List<SimilarJson> similar) {

    public record ClaimantJson(String name, String kind, String description) {
    }

    /**
     * A claim this one may repeat, {@code score} the cosine of their meanings; {@code rating}, {@code url}
     * and {@code datePublished} are set when that one was already checked, {@code publisher} when
     * another fact-checker checked it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SimilarJson(long id, String text, ReviewState state, double score, String rating, String publisher,
            String url, java.time.Instant datePublished) {
        public static SimilarJson of(SimilarClaims.Similar similar) {
            return new SimilarJson(similar.claimId(), similar.text(), similar.state(),
                    Math.round(similar.score() * 1000) / 1000.0, similar.rating(), similar.publisher(), similar.url(),
                    similar.datePublished());
        }
    }

    public record ArticleRef(long id, String title, String publisher, Integer start, Integer end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerdictJson(String author, String rating, Integer ratingValue, String summary, String explanation,
            boolean submitted, Instant updatedAt) {
    }

    /** publisher and url only for a fact-check imported from another fact-checker, which nobody here approved. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublishedJson(int version, String rating, Integer ratingValue, String summary, String explanation,
            String authors, String approvedBy, Instant publishedAt, String correctionNote, String publisher, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceJson(long id, String url, String title, String publisher, LocalDate publishedOn,
            LocalDate accessedOn, String stance, String quote, String archiveUrl, String citedBy) {
    }
}
