package org.factdesk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * How many open claims, and how many published ones, a claim is compared with: the most recently
     * changed. A repeated claim is nearly always a recent one; the cap keeps a submission quick on a
     * desk with a million claims instead of reading every text ever checked.
     */
    public static final int COMPARED_WITH = 5_000;

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
        candidates.putAll(latestTexts(OPEN));
        candidates.putAll(latestTexts(List.of(ReviewState.PUBLISHED)));
        candidates.remove(excludeId);
        return TextSimilarity.rank(text, candidates, SHOWN_ABOVE, MOST).stream().map(match -> {
            Claim found = Claim.findById(match.item());
            PublishedVerdict published = PublishedVerdict.latestFor(found).orElse(null);
            return new Similar(found.id, found.text, found.state(), match.score(),
                    published == null ? null : published.ratingName,
                    published == null ? null : published.externalPublisher);
        }).toList();
    }

    private static final List<ReviewState> OPEN = Arrays.stream(ReviewState.values()).filter(ReviewState::isOpen).toList();

    /** Id and text of the claims in these states changed most recently; texts only, no entities. */
    private static Map<Long, String> latestTexts(List<ReviewState> states) {
        List<Object[]> rows = Claim.getEntityManager()
                .createQuery("select c.id, c.text from Claim c where c.state in :states order by c.updatedAt desc, c.id desc",
                        Object[].class)
                .setParameter("states", states).setMaxResults(COMPARED_WITH).getResultList();
        Map<Long, String> texts = new HashMap<>();
        rows.forEach(row -> texts.put((Long) row[0], (String) row[1]));
        return texts;
    }
}
