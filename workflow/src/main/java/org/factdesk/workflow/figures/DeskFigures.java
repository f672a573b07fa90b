package org.factdesk.workflow.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.workflow.review.Agreement;

/**
 * The desk's figures at one moment, as the dashboard shows them: where the claims stand, what is
 * late, who carries what, how long publishing takes, which ratings readers got, and how far double
 * reviewers agree.
 */
public record DeskFigures(LocalDate today, List<StateCount> claimsByState, List<OverdueClaim> overdueClaims,
        long overdueCount, List<ReviewerLoad> reviewerLoads, Optional<Duration> medianReadyToPublished, int publishedClaimsMeasured,
        List<RatingCount> ratingsPublished, Agreement agreement) {

    /** How many claims are in one review state. */
    public record StateCount(ReviewState state, long claims) {
    }

    /** An open claim past its due date. */
    public record OverdueClaim(long id, String text, String claimant, ReviewState state, LocalDate dueDate,
            long daysLate) {
    }

    /** How many claims one person holds in research. */
    public record ReviewerLoad(String username, String displayName, String role, boolean active, long claimsInResearch) {
    }

    /** How many claims readers currently see with one rating (the latest published version of each). */
    public record RatingCount(String rating, long claims) {
    }

    /** Whether more claims are overdue than the list shows. */
    public boolean moreOverdue() {
        return overdueCount > overdueClaims.size();
    }

    public long totalClaims() {
        return claimsByState.stream().mapToLong(StateCount::claims).sum();
    }
}
