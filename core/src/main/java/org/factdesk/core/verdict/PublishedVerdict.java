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
 * One published version of a fact-check. It is never edited: the rating is copied, not linked,
 * so later changes to the scale leave it as readers saw it; a correction publishes a new version.
 *
 * <p>A fact-check imported from another publisher's ClaimReview is kept here too, as a version 1
 * that nobody here approved, marked by {@link #externalPublisher}. Keeping it in this table rather
 * than a table of its own lets the public feed page, filter and map both kinds in one query; the
 * few places that must tell them apart (our own pages, reopening, the JSON-LD author) ask
 * {@link #isImported()}.
 */
@Entity
public class PublishedVerdict extends PanacheEntity {

    public static final int RATING_NAME_LENGTH = 64;
    public static final int MAX_PUBLISHER_LENGTH = 200;
    public static final int MAX_AUTHORS_LENGTH = 500;
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_RATING_AS_GIVEN_LENGTH = 1000;
    public static final int MAX_CLAIM_REVIEW_LENGTH = 100_000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    /** 1 for the first publication, then one more for each correction. */
    @Column(nullable = false)
    public int version;

    @Column(nullable = false, length = RATING_NAME_LENGTH)
    public String ratingName;

    public Integer ratingValue;

    public Integer bestRating;

    public Integer worstRating;

    /** Always set on our own; another publisher may give a rating without an explanation. */
    @Column(length = Verdict.MAX_SUMMARY_LENGTH)
    public String summary;

    @Column(length = Verdict.MAX_EXPLANATION_LENGTH)
    public String explanation;

    /** Display names of the reviewers who rated it (for an import: the ClaimReview's authors), comma separated. */
    @Column(nullable = false, length = MAX_AUTHORS_LENGTH)
    public String authors;

    /** The editor who approved it; empty for an imported fact-check, which nobody here approved. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by_id")
    public Person approvedBy;

    @Column(nullable = false)
    public Instant publishedAt;

    /** Why this version replaced the one before; empty for the first version. */
    @Column(length = 4000)
    public String correctionNote;

    /** The fact-checker who published an imported fact-check; empty on our own. */
    @Column(length = MAX_PUBLISHER_LENGTH)
    public String externalPublisher;

    /** The fact-checker's own site, when their ClaimReview names it. */
    @Column(length = MAX_URL_LENGTH)
    public String externalPublisherUrl;

    /** Where the fact-checker published it, when their ClaimReview says. */
    @Column(length = MAX_URL_LENGTH)
    public String externalUrl;

    /** The fact-checker's rating in their exact words; {@link #ratingName} may be a shortened form. */
    @Column(length = MAX_RATING_AS_GIVEN_LENGTH)
    public String externalRating;

    /** Identifies an imported fact-check (publisher and URL, or publisher and claim), unique, so it is kept once. */
    @Column(length = 64)
    public String importKey;

    /**
     * An imported fact-check's ClaimReview as the desk republishes it: the publisher's own JSON-LD,
     * changed only where the import report said so. Empty on our own and on imports kept before it was.
     */
    @Column(length = MAX_CLAIM_REVIEW_LENGTH)
    public String claimReviewAsPublished;

    /** An imported fact-check's datePublished exactly as its publisher wrote it; empty when they gave none. */
    @Column(length = 64)
    public String datePublishedAsGiven;

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

    /**
     * Another publisher's fact-check, kept as they published it. Without a date of theirs it is ordered
     * by when it came onto the desk, yet shown without a date ({@link #datePublished}).
     */
    public static PublishedVerdict imported(Claim claim, ExternalVerdict external, String importKey, String asPublished,
            Instant now) {
        PublishedVerdict verdict = new PublishedVerdict();
        verdict.claim = claim;
        verdict.version = 1;
        verdict.ratingName = external.ratingName();
        verdict.externalRating = external.ratingAsGiven();
        verdict.ratingValue = external.ratingValue();
        verdict.bestRating = external.bestRating();
        verdict.worstRating = external.worstRating();
        verdict.summary = external.explanation();
        verdict.authors = external.authors();
        verdict.publishedAt = external.publishedAt() == null ? now : external.publishedAt();
        verdict.externalPublisher = external.publisher();
        verdict.externalPublisherUrl = external.publisherUrl();
        verdict.externalUrl = external.url();
        verdict.importKey = importKey;
        verdict.claimReviewAsPublished = asPublished;
        verdict.datePublishedAsGiven = external.datePublishedAsGiven();
        return verdict;
    }

    public boolean isCorrection() {
        return correctionNote != null;
    }

    public boolean isImported() {
        return externalPublisher != null;
    }

    /** When it was published, as far as its publisher said: none for an import that gave no date. */
    public Instant datePublished() {
        boolean undated = isImported() && claimReviewAsPublished != null && datePublishedAsGiven == null;
        return undated ? null : publishedAt;
    }

    /** The rating as the publisher worded it: theirs for an import, the scale's name for our own. */
    public String ratingAsPublished() {
        return externalRating != null ? externalRating : ratingName;
    }

    public static Optional<PublishedVerdict> latestFor(Claim claim) {
        return find("claim = ?1 order by version desc", claim).firstResultOptional();
    }

    /** The latest published version of each of these claims that has one, by claim id: one query for a list. */
    public static Map<Long, PublishedVerdict> latestForEach(Collection<Claim> claims) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        List<PublishedVerdict> latest = list("from PublishedVerdict p where p.claim in ?1 and p.version = "
                + "(select max(q.version) from PublishedVerdict q where q.claim = p.claim)", claims);
        return latest.stream().collect(Collectors.toMap(p -> p.claim.id, p -> p));
    }

    public static List<PublishedVerdict> versionsOf(Claim claim) {
        return list("claim = ?1 order by version", claim);
    }

    /** The name under which fact-checks from this web address were imported before, if any. */
    public static Optional<String> publisherNamedAt(String publisherUrl) {
        return PublishedVerdict.<PublishedVerdict>find("externalPublisherUrl = ?1 and externalPublisher is not null order by id",
                publisherUrl).firstResultOptional().map(verdict -> verdict.externalPublisher);
    }

    public static Optional<PublishedVerdict> findImported(String importKey) {
        return find("importKey", importKey).firstResultOptional();
    }

    /** The first publication of a claim, whose date stays the ClaimReview's datePublished. */
    public static Optional<PublishedVerdict> firstFor(Claim claim) {
        return find("claim = ?1 and version = 1", claim).firstResultOptional();
    }
}
