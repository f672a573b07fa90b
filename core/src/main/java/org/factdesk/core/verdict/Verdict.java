package org.factdesk.core.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Person;

/**
 * One reviewer's verdict on a claim: a draft while they research, submitted when they send it for
 * review. What readers see is a {@link PublishedVerdict}, copied from it on approval.
 */
@Entity
public class Verdict extends PanacheEntity {

    public static final int MAX_SUMMARY_LENGTH = 1000;
    public static final int MAX_EXPLANATION_LENGTH = 20000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Person author;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "rating_id")
    public RatingLabel rating;

    @Column(length = MAX_SUMMARY_LENGTH)
    public String summary;

    @Column(length = MAX_EXPLANATION_LENGTH)
    public String explanation;

    /** When the author sent it for review; empty while it is a draft. */
    public Instant submittedAt;

    @Column(nullable = false)
    public Instant updatedAt;

    protected Verdict() {
    }

    public Verdict(Claim claim, Person author, Instant at) {
        this.claim = claim;
        this.author = author;
        this.updatedAt = at;
    }

    public void revise(RatingLabel rating, String summary, String explanation, Instant at) {
        this.rating = rating;
        this.summary = summary;
        this.explanation = explanation;
        this.updatedAt = at;
    }

    public boolean isComplete() {
        return rating != null && summary != null && !summary.isBlank();
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public void markSubmitted(Instant at) {
        this.submittedAt = at;
    }

    /** Back to a draft the author may edit again (changes requested, or the claim reopened). */
    public void reopenForEditing() {
        this.submittedAt = null;
    }

    public static Optional<Verdict> findBy(Claim claim, Person author) {
        return find("claim = ?1 and author = ?2", claim, author).firstResultOptional();
    }

    /** One author's verdicts on each of these claims, by claim id: one query for a whole list. */
    public static Map<Long, Verdict> byAuthorFor(Collection<Claim> claims, Person author) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        List<Verdict> verdicts = list("from Verdict v left join fetch v.rating where v.claim in ?1 and v.author = ?2", claims, author);
        return verdicts.stream().collect(Collectors.toMap(v -> v.claim.id, v -> v));
    }

    public static List<Verdict> allFor(Claim claim) {
        return list("claim = ?1 order by id", claim);
    }
}
