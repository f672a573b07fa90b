package org.factdesk.workflow.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;

/**
 * Appends events in the same transaction as the change they record.
 *
 * <p>Sequence numbers come from one counter row that each writer increments as its last step.
 * The row lock is held until commit, so numbers are handed out in commit order: a poller that has
 * read up to N never later finds a smaller number appear (a plain database sequence cannot promise
 * that, because transactions commit in another order than they draw numbers).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventLog {

    public static final String CREATED = "create";
    public static final String SOURCE_CITED = "cite";
    public static final String SOURCE_EDITED = "edit-source";
    /** The source's row stays (marked removed) and the event names it, so the history keeps it. */
    public static final String SOURCE_REMOVED = "remove-source";
    /** Another fact-checker's published ClaimReview, kept here as a PUBLISHED claim. */
    public static final String IMPORTED = "import";

    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<EventAppended> appended;

    EventLog(EntityManager entityManager, Clock clock, Event<EventAppended> appended) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.appended = appended;
    }

    public ReviewEvent record(Claim claim, String action, ReviewState from, Person actor, Details details) {
        return record(claim, action, from, actor.username, details);
    }

    /** Records an action by someone who is not a person at the desk, such as an integration. */
    public ReviewEvent record(Claim claim, String action, ReviewState from, String actor, Details details) {
        // Flush first so the claim's optimistic version check fails before we queue on the counter.
        entityManager.flush();
        entityManager.createNativeQuery("update event_counter set last_seq = last_seq + 1 where name = 'review_event'")
                .executeUpdate();
        long seq = ((Number) entityManager
                .createNativeQuery("select last_seq from event_counter where name = 'review_event'")
                .getSingleResult()).longValue();
        Instant at = clock.instant();
        ReviewEvent event = new ReviewEvent(seq, claim.id, action, from, claim.state(), actor, at,
                details.comment(), details.reason(), details.assignee());
        event.persist();
        // Observers with during = AFTER_SUCCESS hear of it only once it is committed.
        appended.fire(new EventAppended(seq, claim.id));
        return event;
    }

    /** The highest sequence number committed so far, 0 when the log is empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastSeq() {
        return Optional.ofNullable((Number) entityManager.createQuery("select max(e.seq) from ReviewEvent e")
                .getSingleResult()).map(Number::longValue).orElse(0L);
    }

    /** What an event says beyond who, when and which states. */
    public record Details(String comment, String reason, String assignee) {
        public static final Details NONE = new Details(null, null, null);

        public static Details comment(String comment) {
            return new Details(comment, null, null);
        }

        public static Details reason(String reason) {
            return new Details(null, reason, null);
        }

        public static Details assignee(String username) {
            return new Details(null, null, username);
        }
    }
}
