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
        // One query for the whole desk, as (claim, rating) rows in seat order, not two per claim.
        List<Object[]> ratings = Claim.getEntityManager().createQuery("select s.claim.id, v.rating.name from ReviewSeat s, Verdict v"
                + " where v.claim = s.claim and v.author = s.reviewer and s.claim.requiredReviews = 2 and s.claim.state in :states"
                + " and v.submittedAt is not null and v.rating is not null order by s.claim.id, s.seat", Object[].class)
                .setParameter("states", List.of(ReviewState.IN_REVIEW, ReviewState.PUBLISHED))
                .getResultList();
        List<RatingPair> pairs = new ArrayList<>();
        int i = 0;
        while (i < ratings.size()) {
            int next = i + 1;
            while (next < ratings.size() && ratings.get(next)[0].equals(ratings.get(i)[0])) {
                next++;
            }
            if (next - i == 2) {
                pairs.add(new RatingPair((String) ratings.get(i)[1], (String) ratings.get(i + 1)[1]));
            }
            i = next;
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
