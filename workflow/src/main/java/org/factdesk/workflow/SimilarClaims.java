package org.factdesk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.text.TextSimilarity;
import org.factdesk.core.verdict.PublishedVerdict;

/**
 * Finds claims a new claim may repeat: near-duplicates among open claims (check once, dismiss the
 * rest) and matches among published fact-checks, ours and imported ones ("already checked").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SimilarClaims {

    /** Matches scoring below this are not shown; measured on paraphrases of the seed claims. */
    public static final double SHOWN_ABOVE = 0.20;
    static final int MOST = 5;

    /**
     * A claim like the one asked about; {@code rating} is set when it was already checked, and
     * {@code publisher} when another fact-checker checked it (an import).
     */
    public record Similar(long claimId, String text, ReviewState state, double score, String rating, String publisher) {

        public boolean alreadyChecked() {
            return rating != null;
        }

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    public List<Similar> like(Claim claim) {
        return like(claim.text, claim.id);
    }

    public List<Similar> like(String text, Long excludeId) {
        Map<Long, String> candidates = new HashMap<>();
        Map<Long, Claim> claims = new HashMap<>();
        for (Claim candidate : Claim.<Claim>list("state <> ?1", ReviewState.DISMISSED)) {
            if (!Objects.equals(candidate.id, excludeId)) {
                candidates.put(candidate.id, candidate.text);
                claims.put(candidate.id, candidate);
            }
        }
        return TextSimilarity.rank(text, candidates, SHOWN_ABOVE, MOST).stream().map(match -> {
            Claim found = claims.get(match.item());
            PublishedVerdict published = PublishedVerdict.latestFor(found).orElse(null);
            return new Similar(found.id, found.text, found.state(), match.score(),
                    published == null ? null : published.ratingName,
                    published == null ? null : published.externalPublisher);
        }).toList();
    }
}
