package org.factdesk.workflow.review;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;

/**
 * A reviewer's place on a claim. A claim has as many seats as reviews it requires; the unique
 * keys make a seat exclusive in the database, whichever app instance takes it.
 */
@Entity
@Table(uniqueConstraints = {
        @UniqueConstraint(name = "uk_review_seat_claim_seat", columnNames = {"claim_id", "seat"}),
        @UniqueConstraint(name = "uk_review_seat_claim_reviewer", columnNames = {"claim_id", "reviewer_id"})})
public class ReviewSeat extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "reviewer_id")
    public Person reviewer;

    /** 1 or 2. */
    @Column(nullable = false)
    public int seat;

    @Column(nullable = false)
    public Instant takenAt;

    protected ReviewSeat() {
    }

    public ReviewSeat(Claim claim, Person reviewer, int seat, Instant takenAt) {
        this.claim = claim;
        this.reviewer = reviewer;
        this.seat = seat;
        this.takenAt = takenAt;
    }

    public static List<ReviewSeat> of(Claim claim) {
        return list("claim = ?1 order by seat", claim);
    }

    /** The usernames holding seats on each of these claims, in seat order: one query for a whole list. */
    public static Map<Long, List<String>> holdersOf(Collection<Claim> claims) {
        List<Claim> seated = claims.stream().filter(ReviewSeat::mayBeSeated).toList();
        if (seated.isEmpty()) {
            return Map.of();
        }
        List<ReviewSeat> seats = list("from ReviewSeat s join fetch s.reviewer where s.claim in ?1 order by s.claim.id, s.seat", seated);
        return seats.stream().collect(Collectors.groupingBy(s -> s.claim.id,
                Collectors.mapping(s -> s.reviewer.username, Collectors.toList())));
    }

    /**
     * Taking a seat moves a claim on to IN_RESEARCH, and it goes back to READY only when the last seat
     * is given up: NEW and READY claims have none, so a page of the queue or of triage needs no query.
     */
    private static boolean mayBeSeated(Claim claim) {
        return claim.state() != ReviewState.NEW && claim.state() != ReviewState.READY;
    }

    public static List<ReviewSeat> heldBy(Person reviewer) {
        return list("reviewer = ?1 order by claim.id", reviewer);
    }
}
