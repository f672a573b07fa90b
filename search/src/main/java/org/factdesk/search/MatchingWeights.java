package org.factdesk.search;

/**
 * How much a word match on the claim reviewed and on the headline count, and how words and meaning
 * are fused; chosen on CT20's train split.
 */
public record MatchingWeights(float claimReviewed, float headline, FusedRanking fusion) {

    /** The weights measured best on the train split (see the README's table and its command). */
    public static final MatchingWeights TUNED = new MatchingWeights(1.0f, 0.5f, new FusedRanking(0.2));

    public MatchingWeights {
        if (!(claimReviewed > 0) || !(headline > 0)) {
            throw new IllegalArgumentException("weights must be positive");
        }
    }
}
