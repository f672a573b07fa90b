package org.factdesk.workflow.review;

import java.util.List;
import java.util.Objects;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.review.TransitionTable.Transition;

/**
 * The rules that make a verdict trustworthy, each named, each refusing with a sentence a person can
 * act on. The order of checks is fixed: role, then state, then the person's relation to the claim,
 * then the inputs — so the same request always gets the same answer.
 */
public final class ReviewPolicy {

    /** As long as the event log keeps them: a comment, a reason (also the public correction note), a username. */
    public static final int MAX_COMMENT_LENGTH = 4000;
    public static final int MAX_REASON_LENGTH = 1000;
    public static final int MAX_ASSIGNEE_LENGTH = Person.MAX_USERNAME_LENGTH;

    private ReviewPolicy() {
    }

    /** Checks the transition table: may this person, in this role, take this action from this state? */
    public static Transition allowedTransition(Claim claim, Action action, Person actor, List<ReviewSeat> seats) {
        Transition transition = TransitionTable.of(action);
        if (!transition.performers().mayEverInclude(actor.role)) {
            throw Refusal.forbidden(String.format("A %s cannot %s a claim; %s.", actor.role.roleName(),
                    action.apiName(), whoMay(transition)));
        }
        if (!transition.from().contains(claim.state())) {
            throw Refusal.conflict(String.format("Claim #%d is %s, so it cannot be %s; that needs a claim in %s.",
                    claim.id, claim.state(), pastTense(action), transition.from()));
        }
        if (isImportedFactCheck(claim)) {
            throw Refusal.conflict(String.format("Claim #%d is another fact-checker's published fact-check, imported from "
                    + "their ClaimReview; only they can correct it. To check the claim here, submit it as a new claim.",
                    claim.id));
        }
        if (!transition.performers().includes(actor.role, holdsSeat(seats, actor))) {
            throw Refusal.forbidden(String.format("Only %s can %s claim #%d.", whoMayShort(transition),
                    action.apiName(), claim.id));
        }
        return transition;
    }

    /** The inputs of an action fit where they are kept; checked before any rule quotes them back. */
    public static void requireStorableInputs(TransitionRequest request) {
        requireAtMost(request.comment(), MAX_COMMENT_LENGTH, "comment", "A comment");
        requireAtMost(request.reason(), MAX_REASON_LENGTH, "reason", "A reason");
        requireAtMost(request.assignee(), MAX_ASSIGNEE_LENGTH, "assignee", "A username");
    }

    private static void requireAtMost(String value, int max, String field, String what) {
        if (value != null && value.strip().length() > max) {
            throw Refusal.invalid(field, what + " is at most " + max + " characters.");
        }
    }

    /** Another publisher's fact-check, imported: theirs to correct, so no action here moves it. */
    public static boolean isImportedFactCheck(Claim claim) {
        return claim.state() == ReviewState.PUBLISHED
                && PublishedVerdict.latestFor(claim).map(PublishedVerdict::isImported).orElse(false);
    }

    /** Two-person rule: nobody approves a verdict they helped write. */
    public static void requireSecondPerson(Claim claim, Person approver) {
        if (rated(claim, approver)) {
            throw Refusal.forbidden(String.format(
                    "You rated claim #%d, so another editor must approve it (two-person rule).", claim.id));
        }
    }

    /** Whether the person rated the claim, so may not approve it. */
    public static boolean rated(Claim claim, Person person) {
        return Verdict.allFor(claim).stream().anyMatch(v -> Objects.equals(v.author.id, person.id) && v.rating != null);
    }

    /** A verdict goes for review only with a rating, a summary and at least one cited source. */
    public static void requireCompleteVerdict(Verdict verdict, long citedSources) {
        if (verdict == null || verdict.rating == null) {
            throw Refusal.invalid("rating", "Choose a rating from the scale before submitting for review.");
        }
        if (!verdict.rating.active) {
            throw Refusal.invalid("rating", "The rating \"" + verdict.rating.name
                    + "\" is no longer on the scale; choose another before submitting.");
        }
        if (verdict.summary == null || verdict.summary.isBlank()) {
            throw Refusal.invalid("summary", "Write a summary of the verdict before submitting for review.");
        }
        if (verdict.explanation == null || verdict.explanation.isBlank()) {
            throw Refusal.invalid("explanation", "Write the explanation (how you checked) before submitting for review;"
                    + " readers see it under the rating.");
        }
        if (citedSources == 0) {
            throw Refusal.invalid("sources", "Cite at least one source before submitting for review, so readers can repeat the check.");
        }
    }

    public static boolean holdsSeat(List<ReviewSeat> seats, Person person) {
        return seats.stream().anyMatch(s -> Objects.equals(s.reviewer.id, person.id));
    }

    public static boolean seatTaken(List<ReviewSeat> seats, int seat) {
        return seats.stream().anyMatch(s -> s.seat == seat);
    }

    private static String whoMay(Transition transition) {
        return "that is for " + whoMayShort(transition);
    }

    private static String whoMayShort(Transition transition) {
        var performers = transition.performers();
        if (performers.anyoneWithRole().isEmpty()) {
            return "the reviewer assigned to the claim";
        }
        String roles = String.join(" or ", performers.anyoneWithRole().stream().map(r -> r.roleName() + "s").toList());
        return performers.assigneesWithRole().isEmpty() ? roles : "the claim's assignee or " + roles;
    }

    private static String pastTense(Action action) {
        return switch (action) {
            case ACCEPT -> "accepted";
            case DISMISS -> "dismissed";
            case CLAIM -> "claimed";
            case ASSIGN -> "assigned";
            case RELEASE -> "released";
            case SUBMIT -> "submitted for review";
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "sent back for changes";
            case REOPEN -> "reopened";
        };
    }
}
