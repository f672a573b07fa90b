package org.factdesk.search;

import java.util.List;
import java.util.Map;

/**
 * The CheckThat! 2020 measures over queries that each have one fact-check that verifies them: MAP@5
 * (the mean of 1/rank when that fact-check is among the first five), recall@1 and recall@5.
 */
public record RetrievalMetrics(int queries, double meanAveragePrecisionAt5, double recallAt1, double recallAt5) {

    /** Scores each query's ranked ids against the one relevant id the judgements give it. */
    public static RetrievalMetrics of(Map<String, List<String>> rankedByQuery, Map<String, String> relevantByQuery) {
        double precision = 0;
        int first = 0;
        int inFive = 0;
        for (Map.Entry<String, String> judged : relevantByQuery.entrySet()) {
            List<String> ranked = rankedByQuery.getOrDefault(judged.getKey(), List.of());
            int rank = ranked.subList(0, Math.min(5, ranked.size())).indexOf(judged.getValue()) + 1;
            if (rank > 0) {
                precision += 1.0 / rank;
                inFive++;
                first += rank == 1 ? 1 : 0;
            }
        }
        int queries = relevantByQuery.size();
        return queries == 0 ? new RetrievalMetrics(0, 0, 0, 0)
                : new RetrievalMetrics(queries, precision / queries, (double) first / queries, (double) inFive / queries);
    }

    public String summary() {
        return String.format("MAP@5 %.3f, recall@1 %.3f, recall@5 %.3f over %d queries",
                meanAveragePrecisionAt5, recallAt1, recallAt5, queries);
    }
}
