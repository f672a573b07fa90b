package org.factdesk.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.workflow.review.Agreement.RatingPair;

/** Double-reviewed claims, read for the editor's side-by-side view and the agreement statistics. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DoubleReviews {

    /** Agreement over every double-reviewed claim whose two verdicts are both in. */
    public Agreement agreement() {
        List<Claim> claims = Claim.list("requiredReviews = 2 and state in ?1",
                List.of(ReviewState.IN_REVIEW, ReviewState.PUBLISHED));
        List<RatingPair> pairs = new ArrayList<>();
        for (Claim claim : claims) {
            List<Verdict> submitted = submittedVerdicts(claim);
            if (submitted.size() == 2) {
                pairs.add(new RatingPair(submitted.get(0).rating.name, submitted.get(1).rating.name));
            }
        }
        return Agreement.of(pairs);
    }

    /** Whether the submitted verdicts on a claim give one rating; empty until at least two are in. */
    public static Optional<Boolean> reviewersAgree(Claim claim) {
        List<Verdict> submitted = submittedVerdicts(claim);
        if (submitted.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(submitted.stream().map(v -> v.rating.id).distinct().count() == 1);
    }

    private static List<Verdict> submittedVerdicts(Claim claim) {
        return ReviewSeat.of(claim).stream()
                .map(seat -> Verdict.findBy(claim, seat.reviewer))
                .flatMap(Optional::stream)
                .filter(v -> v.isSubmitted() && v.rating != null)
                .toList();
    }
}
