package org.factdesk.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.search.SimilarClaims;
import org.factdesk.web.pages.ClaimPageView.ArticleContext;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.conversation.Conversation;
import org.factdesk.workflow.events.ReviewEvent;
import org.factdesk.workflow.review.DoubleReviews;
import org.factdesk.workflow.review.ReviewPolicy;
import org.factdesk.workflow.review.ReviewSeat;
import org.factdesk.workflow.review.TransitionTable;
import org.factdesk.workflow.review.VerdictVisibility;

/** Reads what the reviewer and editor pages show; changes go through the workflow services. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ClaimPages {

    /** How much of the article to show on each side of the claim's sentence. */
    static final int CONTEXT_CHARS = 400;

    private final SimilarClaims similarClaims;
    private final Conversation conversation;

    ClaimPages(SimilarClaims similarClaims, Conversation conversation) {
        this.similarClaims = similarClaims;
        this.conversation = conversation;
    }

    public ClaimPageView claimPage(long id, String username) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw Refusal.notFound("There is no claim #" + id + ".");
        }
        Person viewer = Person.findByUsername(username).orElseThrow(() -> Refusal.forbidden("Sign in again."));
        List<ReviewSeat> seats = ReviewSeat.of(claim);
        boolean holdsSeat = ReviewPolicy.holdsSeat(seats, viewer);
        boolean inResearch = claim.state() == ReviewState.IN_RESEARCH;
        Optional<Verdict> own = Verdict.findBy(claim, viewer);
        List<Verdict> visible = VerdictVisibility.visibleTo(viewer, claim);
        List<Action> actions = new ArrayList<>(TransitionTable.actionsFor(claim.state(), viewer.role, holdsSeat));
        if (actions.contains(Action.CLAIM) && (holdsSeat || seats.size() >= claim.requiredReviews)) {
            actions.remove(Action.CLAIM);
        }
        boolean submittedOwn = own.map(Verdict::isSubmitted).orElse(false);
        if (holdsSeat && submittedOwn) {
            // Waiting for the other review: submitting again or walking away no longer applies.
            actions.remove(Action.SUBMIT);
            actions.remove(Action.RELEASE);
        }
        String whoApproves = null;
        if (actions.contains(Action.APPROVE) && ReviewPolicy.rated(claim, viewer)) {
            actions.remove(Action.APPROVE);
            whoApproves = whoApprovesInstead(claim, viewer);
        }
        if (ReviewPolicy.isImportedFactCheck(claim)) {
            actions.clear();
        }
        return new ClaimPageView(claim, contextOf(claim), seats.stream().map(s -> s.reviewer.username).toList(),
                Source.citedFor(claim), visible, DoubleReviews.reviewersAgree(claim).orElse(null), own.orElse(null),
                RatingLabel.scale(), PublishedVerdict.versionsOf(claim), ReviewEvent.historyOf(claim.id), actions,
                inResearch && (holdsSeat || viewer.is(Role.EDITOR)),
                inResearch && holdsSeat && own.map(v -> !v.isSubmitted()).orElse(true),
                viewer.is(Role.EDITOR) ? reviewers() : List.of(),
                claim.state().isOpen() ? similarClaims.like(claim) : List.of(),
                reviewProgress(claim, seats), whoApproves, conversation.mayWrite(claim, viewer), mentionable());
    }

    /** "1 of 2 reviews in, waiting for Remy Okafor" while a double review is in research; null otherwise. */
    static String reviewProgress(Claim claim, List<ReviewSeat> seats) {
        if (claim.requiredReviews < 2 || claim.state() != ReviewState.IN_RESEARCH) {
            return null;
        }
        List<String> waiting = new ArrayList<>();
        int in = 0;
        for (ReviewSeat seat : seats) {
            if (Verdict.findBy(claim, seat.reviewer).map(Verdict::isSubmitted).orElse(false)) {
                in++;
            } else {
                waiting.add(seat.reviewer.displayName);
            }
        }
        int free = claim.requiredReviews - seats.size();
        if (free > 0) {
            waiting.add(free == 1 ? "a reviewer to take the free seat" : free + " reviewers to take the free seats");
        }
        return in + " of " + claim.requiredReviews + " reviews in, waiting for " + String.join(" and ", waiting) + ".";
    }

    /** Why the viewer may not approve their own work, and which editors may. */
    private static String whoApprovesInstead(Claim claim, Person viewer) {
        List<String> others = Person.withRole(Role.EDITOR).stream()
                .filter(editor -> editor.active && !editor.id.equals(viewer.id) && !ReviewPolicy.rated(claim, editor))
                .map(editor -> editor.displayName).toList();
        return "You rated this claim, so another editor approves it (two-person rule)"
                + (others.isEmpty() ? "; no other editor can yet: ask an admin to make one." : ": " + String.join(", ", others) + ".");
    }

    /** The usernames a note can mention: everyone active at the desk. */
    private static List<String> mentionable() {
        return Person.everyone().stream().filter(p -> p.active).map(p -> p.username).sorted().toList();
    }

    /** People who can be assigned a claim. */
    public List<Person> reviewers() {
        List<Person> people = new ArrayList<>(Person.withRole(Role.REVIEWER));
        people.addAll(Person.withRole(Role.EDITOR));
        return people;
    }

    private static ArticleContext contextOf(Claim claim) {
        if (claim.article == null || claim.articleStart == null || claim.articleEnd == null) {
            return null;
        }
        String body = claim.article.body;
        int start = claim.articleStart;
        int end = claim.articleEnd;
        if (start < 0 || end > body.length() || start >= end) {
            return null;
        }
        int from = Math.max(0, start - CONTEXT_CHARS);
        int to = Math.min(body.length(), end + CONTEXT_CHARS);
        return new ArticleContext(claim.article.title, claim.article.publisher,
                (from > 0 ? "…" : "") + body.substring(from, start), body.substring(start, end),
                body.substring(end, to) + (to < body.length() ? "…" : ""));
    }
}
