package org.factdesk.workflow.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.workflow.Action;

/**
 * One line of the append-only audit log: who did what to which claim, when, from which state to
 * which. The history page, the change feed and all statistics read from here.
 */
@Entity
public class ReviewEvent extends PanacheEntityBase {

    /** Strictly increasing in commit order; see {@link EventLog}. */
    @Id
    public long seq;

    @Column(nullable = false)
    public long claimId;

    /** An {@link Action#apiName()}, or {@link EventLog#CREATED} / {@link EventLog#SOURCE_CITED} / {@link EventLog#IMPORTED}. */
    @Column(nullable = false, length = 32)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public ReviewState fromState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewState toState;

    /** Username of who acted. */
    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(length = 4000)
    public String comment;

    @Column(length = 1000)
    public String reason;

    /** The reviewer an assignment named, when the action names one. */
    @Column(length = 64)
    public String assignee;

    protected ReviewEvent() {
    }

    ReviewEvent(long seq, long claimId, String action, ReviewState fromState, ReviewState toState, String actor,
            Instant at, String comment, String reason, String assignee) {
        this.seq = seq;
        this.claimId = claimId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
        this.reason = reason;
        this.assignee = assignee;
    }

    public static List<ReviewEvent> historyOf(long claimId) {
        return list("claimId = ?1 order by seq", claimId);
    }

    public static List<ReviewEvent> after(long seq, int limit) {
        return find("seq > ?1 order by seq", seq).page(0, limit).list();
    }
}
