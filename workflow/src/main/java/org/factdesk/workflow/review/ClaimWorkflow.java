package org.factdesk.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Priority;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.core.verdict.Verdict;
import jakarta.transaction.Transactional;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.Actors;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.Inputs;
import org.factdesk.workflow.events.EventLog.Details;
import org.factdesk.workflow.events.EventLog;
import org.factdesk.workflow.events.ReviewEvent;
import org.factdesk.workflow.review.TransitionTable.Transition;

/**
 * Moves claims through review. Each call is one transaction: the rules are checked, the claim
 * changes and the event is logged together, or nothing happens at all.
 */
@ApplicationScoped
public class ClaimWorkflow {

    private final EventLog eventLog;
    private final EntityManager entityManager;
    private final Clock clock;

    ClaimWorkflow(EventLog eventLog, EntityManager entityManager, Clock clock) {
        this.eventLog = eventLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Performs the action as the named person and returns the claim's id. */
    public long perform(long claimId, TransitionRequest request, String actorUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> performOnce(claimId, request, actorUsername));
    }

    /** How one claim of a batch fared: done, or refused with the sentence that says why. */
    public record Outcome(long claimId, Refusal refusal) {

        public boolean done() {
            return refusal == null;
        }
    }

    /**
     * Performs the same action on several claims, each in its own transaction, so one claim that
     * moved on meanwhile does not hold back the rest. The inputs are the same for every claim, so a
     * bad input (a due date in the past, an unknown reviewer) is refused on the first claim it reaches
     * and refuses the whole batch with it, while nothing has changed yet. A claim named twice moves once.
     */
    public List<Outcome> performEach(List<Long> claimIds, TransitionRequest request, String actorUsername) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long claimId : new LinkedHashSet<>(claimIds)) {
            try {
                perform(claimId, request, actorUsername);
                outcomes.add(new Outcome(claimId, null));
            } catch (Refusal refusal) {
                if (refusal.kind() == Refusal.Kind.INVALID && outcomes.stream().noneMatch(Outcome::done)) {
                    throw refusal;
                }
                outcomes.add(new Outcome(claimId, refusal));
            }
        }
        return outcomes;
    }

    private long performOnce(long claimId, TransitionRequest request, String actorUsername) {
        Person actor = Actors.active(actorUsername);
        Claim claim = Actors.claim(claimId);
        List<ReviewSeat> seats = ReviewSeat.of(claim);
        ReviewState from = claim.state();
        Transition transition = ReviewPolicy.allowedTransition(claim, request.action(), actor, seats);
        ReviewPolicy.requireStorableInputs(request);
        Instant now = clock.instant();
        Details details = switch (request.action()) {
            case ACCEPT -> accept(claim, request, transition, now);
            case DISMISS -> dismiss(claim, request, transition, now);
            case CLAIM -> takeSeat(claim, seats, actor, transition, now, true);
            case ASSIGN -> assign(claim, seats, request, transition, now);
            case RELEASE -> release(claim, seats, actor, request, transition, now);
            case SUBMIT -> submit(claim, seats, actor, transition, now);
            case APPROVE -> approve(claim, seats, actor, request, transition, now);
            case REQUEST_CHANGES -> sendBack(claim, seats, transition, now,
                    Details.comment(Inputs.requireText(request.comment(), "comment",
                            "Say what needs to change: a comment is required to request changes.")));
            case REOPEN -> sendBack(claim, seats, transition, now,
                    Details.reason(Inputs.requireText(request.reason(), "reason",
                            "Give the reason for reopening; it becomes the public correction note.")));
        };
        eventLog.record(claim, request.action().apiName(), from, actor, details);
        return claim.id;
    }

    private Details accept(Claim claim, TransitionRequest request, Transition transition, Instant now) {
        int reviews = Optional.ofNullable(request.requiredReviews()).orElse(1);
        if (reviews != 1 && reviews != 2) {
            throw Refusal.invalid("requiredReviews", "A claim needs 1 or 2 independent reviews, not " + reviews + ".");
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (request.dueDate() != null && request.dueDate().isBefore(today)) {
            throw Refusal.invalid("dueDate", "The due date " + request.dueDate() + " is in the past; choose today or later.");
        }
        claim.requiredReviews = reviews;
        claim.priority = Optional.ofNullable(request.priority()).orElse(Priority.NORMAL);
        claim.dueDate = request.dueDate();
        claim.enter(transition.to(), now);
        return Details.NONE;
    }

    private Details dismiss(Claim claim, TransitionRequest request, Transition transition, Instant now) {
        Inputs.requireText(request.reason(), "reason",
                "Give a reason to dismiss: " + DismissalReason.ACCEPTED_FORMS + ".");
        DismissalReason reason = DismissalReason.parse(request.reason()).orElseThrow(() -> Refusal.invalid("reason",
                "\"" + request.reason().strip() + "\" is not a dismissal reason; use " + DismissalReason.ACCEPTED_FORMS + "."));
        if (reason.duplicateOf().isPresent()) {
            long original = reason.duplicateOf().getAsLong();
            if (original == claim.id || Claim.findById(original) == null) {
                throw Refusal.invalid("reason", "Claim #" + original + " cannot be the original of claim #" + claim.id
                        + "; name another existing claim.");
            }
        }
        claim.enter(transition.to(), now);
        return Details.reason(reason.toString());
    }

    private Details takeSeat(Claim claim, List<ReviewSeat> seats, Person reviewer, Transition transition, Instant now,
            boolean selfAssigned) {
        if (ReviewPolicy.holdsSeat(seats, reviewer)) {
            throw Refusal.conflict((selfAssigned ? "You already hold" : reviewer.username + " already holds")
                    + " claim #" + claim.id + ".");
        }
        if (seats.size() >= claim.requiredReviews) {
            throw Refusal.conflict("Claim #" + claim.id + " was already claimed by " + holders(seats) + ".");
        }
        int seat = freeSeat(seats);
        new ReviewSeat(claim, reviewer, seat, now).persist();
        // Entering the state again bumps the claim's version even when it stays IN_RESEARCH,
        // so two people racing for the last seat cannot both win.
        claim.enter(transition.to(), now);
        return selfAssigned ? Details.NONE : Details.assignee(reviewer.username);
    }

    private Details assign(Claim claim, List<ReviewSeat> seats, TransitionRequest request, Transition transition,
            Instant now) {
        String username = Inputs.requireText(request.assignee(), "assignee", "Name the reviewer to assign.");
        Person reviewer = Person.findActive(username).orElseThrow(() -> Refusal.invalid("assignee",
                "Nobody active is called \"" + username + "\"; name a reviewer or editor."));
        if (reviewer.role == Role.ADMIN) {
            throw Refusal.invalid("assignee", username + " is an admin; only reviewers and editors review claims.");
        }
        boolean full = seats.size() >= claim.requiredReviews;
        if (full && claim.requiredReviews == 1 && !ReviewPolicy.holdsSeat(seats, reviewer)) {
            // Reassigning a single-review claim hands the seat over.
            seats.forEach(ReviewSeat::delete);
            entityManager.flush();
            return takeSeat(claim, List.of(), reviewer, transition, now, false);
        }
        return takeSeat(claim, seats, reviewer, transition, now, false);
    }

    private Details release(Claim claim, List<ReviewSeat> seats, Person actor, TransitionRequest request,
            Transition transition, Instant now) {
        List<ReviewSeat> leaving;
        if (ReviewPolicy.holdsSeat(seats, actor) && request.assignee() == null) {
            leaving = seats.stream().filter(s -> Objects.equals(s.reviewer.id, actor.id)).toList();
        } else if (request.assignee() != null) {
            leaving = seats.stream().filter(s -> s.reviewer.username.equals(request.assignee().strip())).toList();
            if (leaving.isEmpty()) {
                throw Refusal.invalid("assignee", request.assignee().strip() + " does not hold claim #" + claim.id + ".");
            }
            if (!actor.is(Role.EDITOR) && !Objects.equals(leaving.get(0).reviewer.id, actor.id)) {
                throw Refusal.forbidden("Only an editor can release someone else's seat.");
            }
        } else {
            leaving = seats;
        }
        leaving.forEach(ReviewSeat::delete);
        boolean nobodyLeft = leaving.size() == seats.size();
        if (nobodyLeft) {
            claim.enter(transition.to(), now);
        } else {
            claim.enter(claim.state(), now);
        }
        return Details.assignee(leaving.stream().map(s -> s.reviewer.username).collect(Collectors.joining(", ")));
    }

    private Details submit(Claim claim, List<ReviewSeat> seats, Person author, Transition transition, Instant now) {
        Verdict verdict = Verdict.findBy(claim, author).orElse(null);
        if (verdict != null && verdict.isSubmitted()) {
            throw Refusal.conflict("You have already submitted your verdict on claim #" + claim.id
                    + "; it moves on when the second review is in.");
        }
        ReviewPolicy.requireCompleteVerdict(verdict, Source.countCitedFor(claim));
        verdict.markSubmitted(now);
        boolean allIn = seats.size() == claim.requiredReviews && seats.stream().allMatch(s -> s.reviewer.id.equals(author.id)
                || Verdict.findBy(claim, s.reviewer).map(Verdict::isSubmitted).orElse(false));
        claim.enter(allIn ? transition.to() : claim.state(), now);
        return Details.NONE;
    }

    private Details approve(Claim claim, List<ReviewSeat> seats, Person editor, TransitionRequest request,
            Transition transition, Instant now) {
        Approval approval = toPublish(claim, seats, editor, request.assignee(), now);
        approval.published().persist();
        claim.enter(transition.to(), now);
        return Details.assignee(approval.chosen().author.username);
    }

    /**
     * What approving would publish, checked by the same rules as the approval itself but stored nowhere:
     * the editor sees the public page and its ClaimReview before they confirm.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublishedVerdict previewApproval(long claimId, String assignee, String editorUsername) {
        Person editor = Actors.active(editorUsername);
        Claim claim = Actors.claim(claimId);
        List<ReviewSeat> seats = ReviewSeat.of(claim);
        ReviewPolicy.allowedTransition(claim, Action.APPROVE, editor, seats);
        return toPublish(claim, seats, editor, assignee, clock.instant()).published();
    }

    /** The verdict an approval publishes, and the reviewer's verdict it was made from. */
    private record Approval(PublishedVerdict published, Verdict chosen) {
    }

    private Approval toPublish(Claim claim, List<ReviewSeat> seats, Person editor, String assignee, Instant now) {
        ReviewPolicy.requireSecondPerson(claim, editor);
        List<Verdict> verdicts = submittedVerdicts(claim, seats);
        Verdict chosen = chooseVerdict(claim, verdicts, assignee);
        if (chosen.explanation == null || chosen.explanation.isBlank()) {
            // Submitted before an explanation was required: nothing is published without one.
            throw Refusal.invalid("explanation", "The verdict of " + chosen.author.displayName
                    + " has no explanation; request changes so the reviewer writes how they checked.");
        }
        Optional<PublishedVerdict> previous = PublishedVerdict.latestFor(claim);
        String correction = previous.isPresent() ? lastReopenReason(claim).orElse("Corrected after review.") : null;
        return new Approval(new PublishedVerdict(claim, previous.map(p -> p.version + 1).orElse(1), chosen.rating,
                RatingLabel.bestValue(), RatingLabel.worstValue(), chosen.summary, chosen.explanation,
                ratedBy(chosen, verdicts), editor, now, correction), chosen);
    }

    private static List<Verdict> submittedVerdicts(Claim claim, List<ReviewSeat> seats) {
        List<Verdict> verdicts = seats.stream().map(s -> Verdict.findBy(claim, s.reviewer))
                .flatMap(Optional::stream).filter(Verdict::isSubmitted).toList();
        if (verdicts.isEmpty()) {
            throw Refusal.conflict("Claim #" + claim.id + " has no submitted verdict to approve.");
        }
        return verdicts;
    }

    /**
     * Who the published verdict names as its raters: the reviewer whose verdict it is, then any other
     * who gave the same rating. A reviewer whose verdict the editor did not choose is not named.
     */
    private static String ratedBy(Verdict chosen, List<Verdict> verdicts) {
        return Stream.concat(Stream.of(chosen),
                        verdicts.stream().filter(v -> v != chosen && v.rating.id.equals(chosen.rating.id)))
                .map(v -> v.author.displayName).collect(Collectors.joining(", "));
    }

    private Verdict chooseVerdict(Claim claim, List<Verdict> verdicts, String named) {
        if (named != null && !named.isBlank()) {
            return verdicts.stream().filter(v -> v.author.username.equals(named.strip())).findFirst()
                    .orElseThrow(() -> Refusal.invalid("assignee", named.strip()
                            + " has no submitted verdict on claim #" + claim.id + " to publish."));
        }
        boolean agree = verdicts.stream().map(v -> v.rating.id).distinct().count() == 1;
        if (!agree) {
            throw Refusal.invalid("assignee", "The reviewers disagree ("
                    + verdicts.stream().map(v -> v.author.username + ": " + v.rating.name).collect(Collectors.joining(", "))
                    + "); name whose verdict to publish in \"assignee\", or request changes.");
        }
        return verdicts.get(0);
    }

    private Optional<String> lastReopenReason(Claim claim) {
        return ReviewEvent.<ReviewEvent>find("claimId = ?1 and action = ?2 order by seq desc", claim.id,
                Action.REOPEN.apiName()).firstResultOptional().map(e -> e.reason);
    }

    private Details sendBack(Claim claim, List<ReviewSeat> seats, Transition transition, Instant now, Details details) {
        seats.forEach(s -> Verdict.findBy(claim, s.reviewer).ifPresent(Verdict::reopenForEditing));
        claim.enter(transition.to(), now);
        return details;
    }

    private static int freeSeat(List<ReviewSeat> seats) {
        int seat = 1;
        while (ReviewPolicy.seatTaken(seats, seat)) {
            seat++;
        }
        return seat;
    }

    private static String holders(List<ReviewSeat> seats) {
        return seats.stream().map(s -> s.reviewer.username).collect(Collectors.joining(" and "));
    }
}
