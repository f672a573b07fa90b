package org.factdesk.web.pages;

import java.util.List;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Person;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.search.SimilarClaims;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.events.ReviewEvent;

/**
 * Everything the claim page shows one person: the claim in its article, the sources, the verdicts
 * they may see, their own draft, what they may do next, and the history.
 */
public record ClaimPageView(Claim claim, ArticleContext context, List<String> assignees, List<Source> sources,
        List<Verdict> visibleVerdicts, Boolean reviewersAgree, Verdict ownVerdict, List<RatingLabel> scale,
        List<PublishedVerdict> publishedVersions, List<ReviewEvent> history, List<Action> actions,
        boolean mayCite, boolean mayWriteVerdict, List<Person> reviewers, List<SimilarClaims.Similar> similar,
        String reviewProgress, String whoApproves, boolean mayWriteNotes, List<String> mentionable) {

    /** The claim's sentence with the text around it in the origin article. */
    public record ArticleContext(String title, String publisher, String before, String sentence, String after) {
    }

    /** The viewer's own draft, field by field, empty where there is none yet. */
    public String ownRating() {
        return ownVerdict == null || ownVerdict.rating == null ? "" : ownVerdict.rating.name;
    }

    public String ownSummary() {
        return ownVerdict == null || ownVerdict.summary == null ? "" : ownVerdict.summary;
    }

    public String ownExplanation() {
        return ownVerdict == null || ownVerdict.explanation == null ? "" : ownVerdict.explanation;
    }

    public boolean can(String action) {
        return actions.stream().anyMatch(a -> a.apiName().equals(action));
    }

    public boolean isDoubleReview() {
        return claim.requiredReviews == 2;
    }

    /** The other fact-checker's verdict when the claim was imported from their ClaimReview; null for our own. */
    public PublishedVerdict imported() {
        return publishedVersions.stream().filter(PublishedVerdict::isImported).findFirst().orElse(null);
    }

    /** Comments editors left when sending the claim back. */
    public List<ReviewEvent> editorComments() {
        return history.stream().filter(e -> e.comment != null && Action.REQUEST_CHANGES.apiName().equals(e.action)).toList();
    }

    /** The empty form for citing a source. */
    public SourceForm newSource() {
        return SourceForm.blank(claim.id);
    }
}
