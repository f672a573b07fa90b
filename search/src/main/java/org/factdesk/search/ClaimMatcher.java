package org.factdesk.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds what a claim may repeat: BM25 and embedding candidates fused into one ranking, keeping only
 * those whose meaning is close enough to show. The fused score orders; the cosine decides, because it
 * is comparable across claims (a fused score is relative to the best candidate of one answer).
 */
public final class ClaimMatcher {

    /**
     * Matches whose embedding cosine falls below this are not shown; read off the paraphrases of the
     * seed claims (see DuplicateDetectionTest, which prints the sweep).
     */
    public static final double SHOWN_FROM_COSINE = 0.70;
    /** How many candidates each ranking hands to the fusion. */
    public static final int CANDIDATES = 50;

    /** A match: its id, its place-giving fused score, and its cosine with the claim asked about. */
    public record Found(String id, double fused, double cosine) {
    }

    private ClaimMatcher() {
    }

    public static List<Found> matching(DeskIndex index, String text, float[] embedding, SearchFilter filter, String excludedId,
            int most, MatchingWeights weights) throws IOException {
        return matching(index, text, embedding, filter, excludedId, most, weights, SHOWN_FROM_COSINE);
    }

    static List<Found> matching(DeskIndex index, String text, float[] embedding, SearchFilter filter, String excludedId,
            int most, MatchingWeights weights, double shownFromCosine) throws IOException {
        List<ArchiveMatch> byWords = index.matchingWords(text, filter, CANDIDATES + 1);
        List<ArchiveMatch> byMeaning = index.matchingMeaning(embedding, filter, CANDIDATES + 1);
        Map<String, Double> cosines = new HashMap<>();
        // Lucene scores a cosine match (1 + cos) / 2.
        byMeaning.forEach(match -> cosines.put(match.id(), 2.0 * match.score() - 1));
        return weights.fusion().fuse(byWords, byMeaning, 2 * CANDIDATES).stream()
                .filter(match -> !Objects.equals(match.id(), excludedId))
                .filter(match -> cosines.getOrDefault(match.id(), -1.0) >= shownFromCosine)
                .limit(most)
                .map(match -> new Found(match.id(), match.score(), cosines.get(match.id())))
                .toList();
    }
}
