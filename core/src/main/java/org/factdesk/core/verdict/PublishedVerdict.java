package org.factdesk.core.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Person;

/**
 * One published version of a fact-check. It is never edited: the rating is copied, not linked,
 * so later changes to the scale leave it as readers saw it; a correction publishes a new version.
 */
@Entity
public class PublishedVerdict extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    /** 1 for the first publication, then one more for each correction. */
    @Column(nullable = false)
    public int version;

    @Column(nullable = false, length = 64)
    public String ratingName;

    public Integer ratingValue;

    public Integer bestRating;

    public Integer worstRating;

    @Column(nullable = false, length = Verdict.MAX_SUMMARY_LENGTH)
    public String summary;

    @Column(length = Verdict.MAX_EXPLANATION_LENGTH)
    public String explanation;

    /** Display names of the reviewers who rated it, comma separated. */
    @Column(nullable = false, length = 500)
    public String authors;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by_id")
    public Person approvedBy;

    @Column(nullable = false)
    public Instant publishedAt;

    /** Why this version replaced the one before; empty for the first version. */
    @Column(length = 4000)
    public String correctionNote;

    protected PublishedVerdict() {
    }

    public PublishedVerdict(Claim claim, int version, RatingLabel rating, Integer bestRating, Integer worstRating,
            String summary, String explanation, String authors, Person approvedBy, Instant publishedAt,
            String correctionNote) {
        this.claim = claim;
        this.version = version;
        this.ratingName = rating.name;
        this.ratingValue = rating.ratingValue;
        this.bestRating = rating.isNumeric() ? bestRating : null;
        this.worstRating = rating.isNumeric() ? worstRating : null;
        this.summary = summary;
        this.explanation = explanation;
        this.authors = authors;
        this.approvedBy = approvedBy;
        this.publishedAt = publishedAt;
        this.correctionNote = correctionNote;
    }

    public boolean isCorrection() {
        return correctionNote != null;
    }

    public static Optional<PublishedVerdict> latestFor(Claim claim) {
        return find("claim = ?1 order by version desc", claim).firstResultOptional();
    }

    public static List<PublishedVerdict> versionsOf(Claim claim) {
        return list("claim = ?1 order by version", claim);
    }

    /** The first publication of a claim, whose date stays the ClaimReview's datePublished. */
    public static Optional<PublishedVerdict> firstFor(Claim claim) {
        return find("claim = ?1 and version = 1", claim).firstResultOptional();
    }
}
