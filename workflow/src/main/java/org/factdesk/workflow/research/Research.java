package org.factdesk.workflow.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
            requireMayChangeSources(claim, actor, "cite sources for");
            CheckedSource checked = checked(source);
            Instant now = clock.instant();
            Source cited = new Source(claim, checked.url(), checked.title(), checked.publisher(), source.publishedOn(),
                    checked.accessedOn(), source.stance(), checked.quote(), checked.archiveUrl(), actor, now);
            cited.persist();
            claim.touch(now);
            eventLog.record(claim, EventLog.SOURCE_CITED, claim.state(), actor, Details.comment(checked.title()));
            return cited.id;
        });
    }

    /** The source to show in an edit form: refused as the edit itself would be, so nobody is offered a form they cannot send. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Source sourceToRevise(long claimId, long sourceId, String editor) {
        Person actor = Actors.active(editor);
        Claim claim = Actors.claim(claimId);
        requireMayChangeSources(claim, actor, "edit the sources of");
        return citedSource(claim, sourceId);
    }

    /**
     * Corrects a cited source while the claim is in research; the event says which fields changed.
     * The correction is a new source (a new id) and the old one is kept, removed, for the history.
     */
    public void revise(long claimId, long sourceId, NewSource source, String editor) {
        ConcurrentChanges.inOwnTransaction(() -> {
            Person actor = Actors.active(editor);
            Claim claim = Actors.claim(claimId);
            requireMayChangeSources(claim, actor, "edit the sources of");
            Source cited = citedSource(claim, sourceId);
            CheckedSource checked = checked(source);
            List<String> changed = changedFields(cited, checked, source);
            if (changed.isEmpty()) {
                return null;
            }
            // The corrected source replaces the old row, which stays as it was for the published versions that cite it.
            Instant now = clock.instant();
            cited.remove(actor, now);
            new Source(claim, checked.url(), checked.title(), checked.publisher(), source.publishedOn(), checked.accessedOn(),
                    source.stance(), checked.quote(), checked.archiveUrl(), actor, now).persist();
            claim.touch(now);
            eventLog.record(claim, EventLog.SOURCE_EDITED, claim.state(), actor,
                    Details.comment("“" + checked.title() + "”: changed " + String.join(", ", changed)));
            return null;
        });
    }

    /** Removes a cited source while the claim is in research; its row and an event keep it in the history. */
    public void remove(long claimId, long sourceId, String remover) {
        ConcurrentChanges.inOwnTransaction(() -> {
            Person actor = Actors.active(remover);
            Claim claim = Actors.claim(claimId);
            requireMayChangeSources(claim, actor, "remove the sources of");
            Source cited = citedSource(claim, sourceId);
            Instant now = clock.instant();
            cited.remove(actor, now);
            claim.touch(now);
            eventLog.record(claim, EventLog.SOURCE_REMOVED, claim.state(), actor,
                    Details.comment("“" + cited.title + "” " + cited.url));
            return null;
        });
    }

    /** The fields of a source once checked and trimmed; the stance and publication date need no trimming. */
    private record CheckedSource(String url, String title, String publisher, LocalDate accessedOn, String quote,
            String archiveUrl) {
    }

    private CheckedSource checked(NewSource source) {
        String url = WebAddresses.requireHttp(Inputs.requireText(source.url(), "url",
                "Give the source's web address."), "url");
        String title = Inputs.requireText(source.title(), "title", "Give the source's title.");
        requireAtMost(title, MAX_TITLE_LENGTH, "title");
        requireAtMost(source.publisher(), MAX_PUBLISHER_LENGTH, "publisher");
        requireAtMost(source.quote(), MAX_QUOTE_LENGTH, "quote");
        String archive = blankToNull(source.archiveUrl());
        if (archive != null) {
            archive = WebAddresses.requireHttp(archive, "archiveUrl");
        }
        if (source.stance() == null) {
            throw Refusal.invalid("stance", "Say whether the source supports, refutes or gives context to the claim.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate accessed = source.accessedOn() == null ? today : source.accessedOn();
        if (accessed.isAfter(today)) {
            throw Refusal.invalid("accessedOn", "The access date " + accessed + " is in the future.");
        }
        return new CheckedSource(url, title, blankToNull(source.publisher()), accessed, blankToNull(source.quote()), archive);
    }

    private static List<String> changedFields(Source cited, CheckedSource checked, NewSource source) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "web address", cited.url, checked.url());
        addIfChanged(changed, "title", cited.title, checked.title());
        addIfChanged(changed, "publisher", cited.publisher, checked.publisher());
        addIfChanged(changed, "publication date", cited.publishedOn, source.publishedOn());
        addIfChanged(changed, "access date", cited.accessedOn, checked.accessedOn());
        addIfChanged(changed, "stance", cited.stance, source.stance());
        addIfChanged(changed, "quote", cited.quote, checked.quote());
        addIfChanged(changed, "archived copy", cited.archiveUrl, checked.archiveUrl());
        return changed;
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static void requireMayChangeSources(Claim claim, Person actor, String what) {
        boolean assignee = ReviewPolicy.holdsSeat(ReviewSeat.of(claim), actor);
        if (!assignee && !actor.is(Role.EDITOR)) {
            throw Refusal.forbidden("Only the claim's reviewer or an editor can " + what + " claim #" + claim.id + ".");
        }
        requireInResearch(claim, "change its sources");
    }

    private static Source citedSource(Claim claim, long sourceId) {
        Source source = Source.findById(sourceId);
        if (source == null || !Objects.equals(source.claim.id, claim.id)) {
            throw Refusal.notFound("Claim #" + claim.id + " cites no source #" + sourceId + ".");
        }
        if (source.isRemoved()) {
            throw Refusal.conflict("Source #" + sourceId + " of claim #" + claim.id + " was removed or replaced by a correction;"
                    + " reload the claim for its sources now.");
        }
        return source;
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
