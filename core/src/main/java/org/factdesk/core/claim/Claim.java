package org.factdesk.core.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.core.article.Article;

/**
 * A statement somebody made that the desk may check. Descriptive fields are open; the review
 * state only changes through {@link #enter(ReviewState, Instant)}, which the workflow calls after
 * its transition table has allowed the move.
 */
@Entity
public class Claim extends PanacheEntity {

    public static final int MAX_TEXT_LENGTH = 2000;

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    public String text;

    /** The surrounding sentences, so a reviewer sees what was said around the claim. */
    @Column(length = 4000)
    public String context;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claimant_id")
    public Claimant claimant;

    /** When the claimant made the claim. */
    public LocalDate claimDate;

    /** BCP 47 language tag of the claim text, e.g. "en". */
    @Column(nullable = false, length = 16)
    public String language = "en";

    /** Where the claim appeared (a URL); falls back to the origin article's URL. */
    @Column(length = 2000)
    public String appearanceUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    /** Character offsets of the claim's sentence in the origin article's body. */
    public Integer articleStart;

    public Integer articleEnd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", nullable = false, length = 64)
    public Set<String> tags = new TreeSet<>();

    /** How check-worthy the claim detector judged the sentence, 0 to 1; empty when not scored. */
    public Double checkWorthiness;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Priority priority = Priority.NORMAL;

    /** The priority as the number the queue sorts by, kept for the database's queue index. */
    @Column(nullable = false)
    int priorityRank = Priority.NORMAL.rank();

    public LocalDate dueDate;

    /** How many independent verdicts the claim needs before an editor reviews it (1 or 2). */
    @Column(nullable = false)
    public int requiredReviews = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewState state = ReviewState.NEW;

    /** Optimistic lock: two writers of one claim cannot both win. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    protected Claim() {
    }

    public Claim(String text, Claimant claimant, Instant createdAt) {
        this.text = text;
        this.claimant = claimant;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @PrePersist
    @PreUpdate
    void rankPriority() {
        priorityRank = priority.rank();
    }

    public ReviewState state() {
        return state;
    }

    /** Moves the claim to a state; callers have already checked that the move is allowed. */
    public void enter(ReviewState next, Instant at) {
        this.state = next;
        touch(at);
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && state.isOpen() && dueDate.isBefore(today);
    }

    /** The sentence of the origin article the claim was taken from, when known. */
    public Optional<String> sentenceInArticle() {
        if (article == null || articleStart == null || articleEnd == null) {
            return Optional.empty();
        }
        return article.excerpt(articleStart, articleEnd);
    }

    /** Where readers can find the claim: its own appearance, else the origin article. */
    public Optional<String> whereItAppeared() {
        if (appearanceUrl != null) {
            return Optional.of(appearanceUrl);
        }
        return Optional.ofNullable(article).map(a -> a.url);
    }

    public static List<Claim> inState(ReviewState state) {
        return list("from Claim c join fetch c.claimant where c.state = ?1 order by c.id", state);
    }

    /** Open claims past their due date, the longest overdue first. */
    /** The open claims longest past their due date, at most {@code limit} of them. */
    public static List<Claim> overdue(LocalDate today, int limit) {
        return find("from Claim c join fetch c.claimant where c.dueDate < ?1 and c.state not in ?2 order by c.dueDate, c.id",
                today, List.of(ReviewState.PUBLISHED, ReviewState.DISMISSED)).range(0, limit - 1).list();
    }

    public static long countOverdue(LocalDate today) {
        return count("dueDate < ?1 and state not in ?2", today, List.of(ReviewState.PUBLISHED, ReviewState.DISMISSED));
    }

    public static long countInState(ReviewState state) {
        return count("state", state);
    }
}
