package org.factdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mixes a BM25 ranking and an embedding ranking into one: each list's scores are divided by its best
 * score, so both run from 0 to 1, and a fact-check's fused score is
 * {@code wordWeight × words + (1 − wordWeight) × meaning}, a list it is missing from counting 0.
 */
public record FusedRanking(double wordWeight) {

    public FusedRanking {
        if (!(wordWeight >= 0 && wordWeight <= 1)) {
            throw new IllegalArgumentException("the word weight runs from 0 to 1");
        }
    }

    public List<ArchiveMatch> fuse(List<ArchiveMatch> byWords, List<ArchiveMatch> byMeaning, int limit) {
        Map<String, Double> fused = new HashMap<>();
        add(fused, byWords, wordWeight);
        add(fused, byMeaning, 1 - wordWeight);
        List<ArchiveMatch> ranked = new ArrayList<>();
        fused.forEach((id, score) -> ranked.add(new ArchiveMatch(id, score.floatValue())));
        ranked.sort(Comparator.comparingDouble(ArchiveMatch::score).reversed().thenComparing(ArchiveMatch::id));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static void add(Map<String, Double> fused, List<ArchiveMatch> ranking, double weight) {
        double best = ranking.stream().mapToDouble(ArchiveMatch::score).max().orElse(0);
        if (best <= 0) {
            return;
        }
        for (ArchiveMatch match : ranking) {
            fused.merge(match.id(), weight * match.score() / best, Double::sum);
        }
    }
}
