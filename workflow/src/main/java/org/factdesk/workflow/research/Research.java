package org.factdesk.workflow.research;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.workflow.Actors;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.Inputs;
import org.factdesk.workflow.WebAddresses;
import org.factdesk.workflow.events.EventLog.Details;
import org.factdesk.workflow.events.EventLog;
import org.factdesk.workflow.review.ReviewPolicy;
import org.factdesk.workflow.review.ReviewSeat;

/** What reviewers do while a claim is in research: cite sources and draft their verdict. */
@ApplicationScoped
public class Research {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_PUBLISHER_LENGTH = 200;
    public static final int MAX_QUOTE_LENGTH = 4000;

    private final EventLog eventLog;
    private final Clock clock;

    Research(EventLog eventLog, Clock clock) {
        this.eventLog = eventLog;
        this.clock = clock;
    }

    /** Cites a source for a claim in research; the claim's assignees and editors may cite. */
    public long cite(long claimId, NewSource source, String citer) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Person actor = Actors.active(citer);
            Claim claim = Actors.claim(claimId);
            boolean assignee = ReviewPolicy.holdsSeat(ReviewSeat.of(claim), actor);
            if (!assignee && !actor.is(Role.EDITOR)) {
                throw Refusal.forbidden("Only the claim's reviewer or an editor can cite sources for claim #" + claimId + ".");
            }
            requireInResearch(claim, "cite a source");
            String url = WebAddresses.requireHttp(Inputs.requireText(source.url(), "url",
                    "Give the source's web address."), "url");
            String title = Inputs.requireText(source.title(), "title", "Give the source's title.");
            requireAtMost(title, MAX_TITLE_LENGTH, "title");
            requireAtMost(source.publisher(), MAX_PUBLISHER_LENGTH, "publisher");
            requireAtMost(source.quote(), MAX_QUOTE_LENGTH, "quote");
            if (source.stance() == null) {
                throw Refusal.invalid("stance", "Say whether the source supports, refutes or gives context to the claim.");
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            LocalDate accessed = source.accessedOn() == null ? today : source.accessedOn();
            if (accessed.isAfter(today)) {
                throw Refusal.invalid("accessedOn", "The access date " + accessed + " is in the future.");
            }
            Source cited = new Source(claim, url, title, blankToNull(source.publisher()), source.publishedOn(), accessed,
                    source.stance(), blankToNull(source.quote()), actor, now);
            cited.persist();
            claim.touch(now);
            eventLog.record(claim, EventLog.SOURCE_CITED, claim.state(), actor, Details.comment(title));
            return cited.id;
        });
    }

    /** Saves the caller's own draft verdict; only a reviewer holding the claim has one. */
    public long draftVerdict(long claimId, VerdictDraft draft, String author) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Person actor = Actors.active(author);
            Claim claim = Actors.claim(claimId);
            if (!ReviewPolicy.holdsSeat(ReviewSeat.of(claim), actor)) {
                throw Refusal.forbidden("Only a reviewer who holds claim #" + claimId + " can write its verdict; claim it first.");
            }
            requireInResearch(claim, "change its verdict");
            Verdict verdict = Verdict.findBy(claim, actor).orElse(null);
            if (verdict != null && verdict.isSubmitted()) {
                throw Refusal.conflict("Your verdict on claim #" + claimId
                        + " is submitted; it can change again if an editor requests changes.");
            }
            String ratingName = Inputs.requireText(draft.rating(), "rating", "Choose a rating: " + scaleNames() + ".");
            RatingLabel rating = RatingLabel.findActiveByName(ratingName).orElseThrow(() -> Refusal.invalid("rating",
                    "\"" + ratingName + "\" is not on the rating scale; choose one of " + scaleNames() + "."));
            requireAtMost(draft.summary(), Verdict.MAX_SUMMARY_LENGTH, "summary");
            requireAtMost(draft.explanation(), Verdict.MAX_EXPLANATION_LENGTH, "explanation");
            Instant now = clock.instant();
            if (verdict == null) {
                verdict = new Verdict(claim, actor, now);
            }
            verdict.revise(rating, blankToNull(draft.summary()), blankToNull(draft.explanation()), now);
            verdict.persist();
            return verdict.id;
        });
    }

    private static void requireInResearch(Claim claim, String what) {
        if (claim.state() != ReviewState.IN_RESEARCH) {
            throw Refusal.conflict("Claim #" + claim.id + " is " + claim.state() + "; you can " + what
                    + " only while it is IN_RESEARCH.");
        }
    }

    private static void requireAtMost(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw Refusal.invalid(field, "The " + field + " is at most " + max + " characters.");
        }
    }

    private static String scaleNames() {
        List<RatingLabel> scale = RatingLabel.scale();
        return scale.stream().map(r -> "\"" + r.name + "\"").collect(Collectors.joining(", "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
