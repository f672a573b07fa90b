package org.factdesk.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.core.text.TextSimilarity;
import org.factdesk.core.text.TextSimilarity.Match;
import org.factdesk.workflow.SimilarClaims;
import org.junit.jupiter.api.Test;

/**
 * Measures duplicate detection on a hand-made test set: paraphrases of the seed claims, and
 * sentences that restate none of them. Prints precision and recall, and holds them above a floor.
 */
class DuplicateDetectionTest {

    /** The score above which the desk shows a match (same as the workflow's). */
    static final double THRESHOLD = SimilarClaims.SHOWN_ABOVE;

    record Paraphrase(int original, String text) {
    }

    record Measured(double precision, double recall, int truePositives, int falsePositives, int falseNegatives) {
    }

    @Test
    void paraphrasesFindTheirOriginalAndUnrelatedSentencesFindNothing() throws IOException {
        for (double threshold = 0.10; threshold < 0.45; threshold += 0.05) {
            Measured at = measure(threshold);
            System.out.printf("Duplicate detection at %.2f: precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n",
                    threshold, at.precision(), at.recall(), at.truePositives(), at.falsePositives(), at.falseNegatives());
        }
        Measured shown = measure(THRESHOLD);

        assertThat(shown.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(shown.recall()).as("recall").isGreaterThanOrEqualTo(0.85);
    }

    private static Measured measure(double threshold) throws IOException {
        Map<Integer, String> seedClaims = new LinkedHashMap<>();
        for (int i = 0; i < SeedArticle.CLAIMS.size(); i++) {
            seedClaims.put(i, SeedArticle.CLAIMS.get(i).text());
        }
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Paraphrase paraphrase : paraphrases()) {
            List<Match<Integer>> matches = TextSimilarity.rank(paraphrase.text(), seedClaims, threshold, 3);
            boolean found = matches.stream().anyMatch(m -> m.item() == paraphrase.original());
            truePositives += found ? 1 : 0;
            falseNegatives += paraphrase.original() >= 0 && !found ? 1 : 0;
            falsePositives += (int) matches.stream().filter(m -> m.item() != paraphrase.original()).count();
        }
        double precision = truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        return new Measured(precision, recall, truePositives, falsePositives, falseNegatives);
    }

    @Test
    void aRestatementScoresHigherThanARelatedButDifferentClaim() {
        double same = TextSimilarity.similarity("The US blacklisted Huawei in 2019.", "Huawei was put on a US blacklist in 2019.");
        double related = TextSimilarity.similarity("The US blacklisted Huawei in 2019.",
                "Huawei has consistently rejected all spying accusations.");
        assertThat(same).isGreaterThan(related);
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
