package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.seeds.SeedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures duplicate detection on a hand-made test set: paraphrases of the seed claims, and
 * sentences that restate none of them, matched as the desk matches a new claim. Prints precision and
 * recall over a sweep of cosine thresholds, and holds them above a floor at the one the desk uses.
 */
class DuplicateDetectionTest {

    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();
    private static DeskIndex seedClaims;

    record Paraphrase(int original, String text) {
    }

    record Measured(double precision, double recall, int truePositives, int falsePositives, int falseNegatives) {
    }

    @BeforeAll
    static void indexTheSeedClaims() throws IOException {
        seedClaims = DeskIndex.inMemory(MatchingWeights.TUNED);
        for (int i = 0; i < SeedArticle.CLAIMS.size(); i++) {
            IndexedClaim claim = IndexedClaim.factCheck(String.valueOf(i), SeedArticle.CLAIMS.get(i).text(), null);
            seedClaims.put(claim, EMBEDDER.embed(claim.textToEmbed()));
        }
        seedClaims.refresh();
    }

    @AfterAll
    static void closeTheIndex() throws IOException {
        seedClaims.close();
    }

    @Test
    void paraphrasesFindTheirOriginalAndUnrelatedSentencesFindNothing() throws IOException {
        for (double threshold = 0.40; threshold < 0.86; threshold += 0.05) {
            Measured at = measure(threshold);
            System.out.printf("Duplicate detection at cosine %.2f: precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n",
                    threshold, at.precision(), at.recall(), at.truePositives(), at.falsePositives(), at.falseNegatives());
        }
        Measured shown = measure(ClaimMatcher.SHOWN_FROM_COSINE);

        assertThat(shown.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(shown.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void aRestatementIsCloserThanARelatedButDifferentClaim() throws IOException {
        float[] claim = EMBEDDER.embed("The US blacklisted Huawei in 2019.");
        float[] same = EMBEDDER.embed("Huawei was put on a US blacklist in 2019.");
        float[] related = EMBEDDER.embed("Huawei has consistently rejected all spying accusations.");

        assertThat(cosine(claim, same)).isGreaterThan(cosine(claim, related));
    }

    private static Measured measure(double threshold) throws IOException {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Paraphrase paraphrase : paraphrases()) {
            List<ClaimMatcher.Found> matches = ClaimMatcher.matching(seedClaims, paraphrase.text(),
                    EMBEDDER.embed(paraphrase.text()), SearchFilter.ANY, null, 3, MatchingWeights.TUNED, threshold);
            String original = String.valueOf(paraphrase.original());
            boolean found = matches.stream().anyMatch(m -> m.id().equals(original));
            truePositives += found ? 1 : 0;
            falseNegatives += paraphrase.original() >= 0 && !found ? 1 : 0;
            falsePositives += (int) matches.stream().filter(m -> !m.id().equals(original)).count();
        }
        double precision = truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        return new Measured(precision, recall, truePositives, falsePositives, falseNegatives);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return dot / Math.sqrt(normA * normB);
    }

    private static List<Paraphrase> paraphrases() throws IOException {
        try (InputStream in = DuplicateDetectionTest.class.getResourceAsStream("/duplicates/paraphrases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(parts -> new Paraphrase(Integer.parseInt(parts[0]), parts[1]))
                    .toList();
        }
    }
}
