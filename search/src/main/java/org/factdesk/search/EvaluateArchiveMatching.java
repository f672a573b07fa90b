package org.factdesk.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures "already checked" matching on CT20: the archive goes into a {@link DeskIndex} with
 * its embeddings, each tweet of the split is matched by words (BM25), by meaning (embeddings) and by
 * both fused, and the ranks of the verifying fact-checks are scored.
 * Arguments: the ct20-claim-retrieval folder, the split (train or dev), and {@code sweep} to list the
 * fused figures for every word weight from 0 to 1 (for tuning, on train only).
 */
public final class EvaluateArchiveMatching {

    /** How many candidates each ranking hands to the fusion. */
    static final int CANDIDATES = 50;

    private EvaluateArchiveMatching() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ClaimRetrievalData.DEFAULT_FOLDER);
        String split = args.length > 1 ? args[1] : "dev";
        ClaimRetrievalData data = ClaimRetrievalData.read(folder, split);
        Rankings rankings = Rankings.of(data, MatchingWeights.TUNED, new SentenceEmbedder());
        System.out.println("On " + split + ":");
        System.out.println("  BM25        " + rankings.byWords().summary());
        System.out.println("  embeddings  " + rankings.byMeaning().summary());
        System.out.println("  fused       " + rankings.fused(MatchingWeights.TUNED.fusion()).summary());
        if (args.length > 2 && args[2].equals("sweep")) {
            for (int tenths = 0; tenths <= 10; tenths++) {
                FusedRanking fusion = new FusedRanking(tenths / 10.0);
                System.out.printf("  fused, word weight %.1f: %s%n", fusion.wordWeight(), rankings.fused(fusion).summary());
            }
        }
    }

    /** Every tweet's candidates by words and by meaning, kept so that any fusion can be scored from them. */
    public record Rankings(Map<String, List<ArchiveMatch>> wordCandidates, Map<String, List<ArchiveMatch>> meaningCandidates,
            Map<String, String> verifyingFactCheck) {

        public static Rankings of(ClaimRetrievalData data, MatchingWeights weights, SentenceEmbedder embedder)
                throws IOException {
            List<String> tweetIds = new ArrayList<>(data.tweets().keySet());
            List<float[]> tweetVectors = embedder.embedAll(tweetIds.stream().map(data.tweets()::get).toList());
            List<float[]> archiveVectors = embedder.embedAll(data.archive().stream().map(IndexedClaim::textToEmbed).toList());
            Map<String, List<ArchiveMatch>> byWords = new LinkedHashMap<>();
            Map<String, List<ArchiveMatch>> byMeaning = new LinkedHashMap<>();
            try (DeskIndex archive = DeskIndex.inMemory(weights)) {
                for (int i = 0; i < data.archive().size(); i++) {
                    archive.put(data.archive().get(i), archiveVectors.get(i));
                }
                archive.refresh();
                for (int i = 0; i < tweetIds.size(); i++) {
                    byWords.put(tweetIds.get(i), archive.matchingWords(data.tweets().get(tweetIds.get(i)), CANDIDATES));
                    byMeaning.put(tweetIds.get(i), archive.matchingMeaning(tweetVectors.get(i), CANDIDATES));
                }
            }
            return new Rankings(byWords, byMeaning, data.verifyingFactCheck());
        }

        public RetrievalMetrics byWords() {
            return score(wordCandidates::get);
        }

        public RetrievalMetrics byMeaning() {
            return score(meaningCandidates::get);
        }

        public RetrievalMetrics fused(FusedRanking fusion) {
            return score(tweet -> fusion.fuse(wordCandidates.get(tweet), meaningCandidates.get(tweet), 5));
        }

        private RetrievalMetrics score(Function<String, List<ArchiveMatch>> ranking) {
            Map<String, List<String>> ranked = new LinkedHashMap<>();
            for (String tweet : wordCandidates.keySet()) {
                ranked.put(tweet, ranking.apply(tweet).stream().map(ArchiveMatch::id).toList());
            }
            return RetrievalMetrics.of(ranked, verifyingFactCheck);
        }
    }
}
