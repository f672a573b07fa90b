package org.factdesk.workflow.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.events.EventAppended;
import org.factdesk.workflow.events.ReviewEvent;
import org.factdesk.workflow.review.ReviewSeat;

/**
 * Tells each person what concerns them: made from the event log in the same transaction as the
 * event, so a notification exists exactly when its event does. Nobody is told of their own action.
 */
@ApplicationScoped
public class Notifications {

    /** How many a person's list shows; older ones stay in the database, read. */
    public static final int LIST_LENGTH = 100;

    private final Clock clock;

    Notifications(Clock clock) {
        this.clock = clock;
    }

    /** Runs inside the transaction that appended the event. */
    void onEvent(@Observes EventAppended appended) {
        ReviewEvent event = ReviewEvent.findById(appended.seq());
        if (event == null) {
            return;
        }
        Map<Person, NotificationKind> told = whoIsTold(event);
        if (told.isEmpty()) {
            return;
        }
        Claim claim = Claim.findById(event.claimId);
        String actorName = Person.findByUsername(event.actor).map(p -> p.displayName).orElse(event.actor);
        Instant now = clock.instant();
        told.forEach((person, kind) -> {
            if (person.active && !person.username.equals(event.actor)) {
                new Notification(person, claim, event.seq, kind, actorName, now).persist();
            }
        });
    }

    /** The rules, one per action: who hears of it and why. */
    private static Map<Person, NotificationKind> whoIsTold(ReviewEvent event) {
        Map<Person, NotificationKind> told = new LinkedHashMap<>();
        String action = event.action;
        if (Conversation.NOTE.equals(action)) {
            Claim claim = Claim.findById(event.claimId);
            for (String name : Mentions.in(event.comment)) {
                Person.findActive(name).ifPresent(p -> told.put(p, NotificationKind.MENTIONED));
            }
            List<Person> others = new ArrayList<>(Conversation.reviewersOf(claim));
            for (String name : Conversation.participantNames(claim)) {
                Person.findActive(name).ifPresent(others::add);
            }
            others.forEach(p -> putOnce(told, p, NotificationKind.NOTE));
        } else if (Action.ASSIGN.apiName().equals(action)) {
            Optional.ofNullable(event.assignee).flatMap(Person::findActive)
                    .ifPresent(p -> told.put(p, NotificationKind.ASSIGNED));
        } else if (Action.REQUEST_CHANGES.apiName().equals(action)) {
            reviewersOf(event).forEach(p -> putOnce(told, p, NotificationKind.CHANGES_REQUESTED));
        } else if (Action.APPROVE.apiName().equals(action)) {
            reviewersOf(event).forEach(p -> putOnce(told, p, NotificationKind.APPROVED));
        } else if (Action.REOPEN.apiName().equals(action)) {
            reviewersOf(event).forEach(p -> putOnce(told, p, NotificationKind.REOPENED));
        } else if (Action.SUBMIT.apiName().equals(action) && event.toState == ReviewState.IN_RESEARCH) {
            // The first of a double review is in: the other seat's reviewer is awaited.
            Claim claim = Claim.findById(event.claimId);
            for (ReviewSeat seat : ReviewSeat.of(claim)) {
                boolean submitted = Verdict.findBy(claim, seat.reviewer).map(Verdict::isSubmitted).orElse(false);
                if (!submitted) {
                    putOnce(told, seat.reviewer, NotificationKind.SECOND_REVIEW_WAITING);
                }
            }
        }
        return told;
    }

    private static List<Person> reviewersOf(ReviewEvent event) {
        return Conversation.reviewersOf(Claim.findById(event.claimId));
    }

    private static void putOnce(Map<Person, NotificationKind> told, Person person, NotificationKind kind) {
        if (told.keySet().stream().noneMatch(p -> Objects.equals(p.id, person.id))) {
            told.put(person, kind);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(String username) {
        return Person.findByUsername(username).map(Notification::unreadFor).orElse(0L);
    }

    /** The person's latest notifications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationLine> latest(String username) {
        return Person.findByUsername(username).map(p -> Notification.latestFor(p, LIST_LENGTH)).orElse(List.of())
                .stream().map(NotificationLine::of).toList();
    }

    /** Opening a claim reads what it told you. */
    @Transactional
    public void markReadOn(long claimId, String username) {
        Person.findByUsername(username).ifPresent(person -> Notification.update(
                "readAt = ?1 where person = ?2 and claim.id = ?3 and readAt is null", clock.instant(), person, claimId));
    }

    @Transactional
    public int markAllRead(String username) {
        return Person.findByUsername(username).map(person -> Notification.update(
                "readAt = ?1 where person = ?2 and readAt is null", clock.instant(), person)).orElse(0);
    }
}
