package org.factdesk.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures "already checked" matching on CT20: the archive goes into a {@link FactCheckArchive}, each
 * tweet of the split is matched, and the ranks of the verifying fact-checks are scored.
 * Arguments: the ct20-claim-retrieval folder and the split (train or dev).
 */
public final class EvaluateArchiveMatching {

    private EvaluateArchiveMatching() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ClaimRetrievalData.DEFAULT_FOLDER);
        String split = args.length > 1 ? args[1] : "dev";
        ClaimRetrievalData data = ClaimRetrievalData.read(folder, split);
        System.out.println("BM25 on " + split + ": " + measure(data, MatchingWeights.TUNED).summary());
    }

    /** The measures of BM25 matching with these weights over one split. */
    public static RetrievalMetrics measure(ClaimRetrievalData data, MatchingWeights weights) throws IOException {
        try (FactCheckArchive archive = FactCheckArchive.inMemory(weights)) {
            for (ArchivedFactCheck factCheck : data.archive()) {
                archive.put(factCheck);
            }
            archive.refresh();
            Map<String, List<String>> ranked = new LinkedHashMap<>();
            for (Map.Entry<String, String> tweet : data.tweets().entrySet()) {
                ranked.put(tweet.getKey(), archive.matching(tweet.getValue(), 5).stream().map(ArchiveMatch::id).toList());
            }
            return RetrievalMetrics.of(ranked, data.verifyingFactCheck());
        }
    }
}
