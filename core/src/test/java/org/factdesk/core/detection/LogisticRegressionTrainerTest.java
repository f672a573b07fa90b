package org.factdesk.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTrainerTest {

    private static final FeatureSettings SMALL = new FeatureSettings(12, 2, 2, 4, 1, 1, 0.3);
    private static final List<String> CLAIMS = List.of("Taxes rose by 10 percent in 1990.",
            "Unemployment fell to 5 percent last year.", "We spent $3 billion on schools in 2004.",
            "Crime went up 20 percent in the cities.");
    private static final List<String> OTHERS = List.of("Thank you very much.", "I think we can do better.",
            "Good evening and welcome.", "Let me answer that question.");

    @Test
    void learnsToSeparateClaimsFromCourtesies() {
        LinearWeights weights = train();
        SentenceFeatures features = new SentenceFeatures(SMALL);

        for (String claim : CLAIMS) {
            assertThat(weights.probability(features.vectorise(claim))).isGreaterThan(0.5);
        }
        for (String other : OTHERS) {
            assertThat(weights.probability(features.vectorise(other))).isLessThan(0.5);
        }
    }

    @Test
    void theSameDataAlwaysGivesTheSameWeights() {
        assertThat(train().weights()).containsExactly(train().weights());
        assertThat(train().bias()).isEqualTo(train().bias());
    }

    @Test
    void aWrittenModelReadsBackWithItsThresholdSettingsAndScores() throws Exception {
        LinearWeights weights = train();
        CheckWorthinessModel model = new CheckWorthinessModel(SMALL, weights, 0.42, List.of("training file: toy", "date: 2024-01-01"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);

        CheckWorthiness read = CheckWorthiness.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read.threshold()).isEqualTo(0.42);
        assertThat(read.provenance()).containsExactly("training file: toy", "date: 2024-01-01");
        SentenceFeatures features = new SentenceFeatures(SMALL);
        for (String sentence : CLAIMS) {
            assertThat(read.score(sentence)).isCloseTo(weights.probability(features.vectorise(sentence)),
                    org.assertj.core.api.Assertions.within(1e-3));
        }
    }

    private static LinearWeights train() {
        SentenceFeatures features = new SentenceFeatures(SMALL);
        List<SparseVector> rows = java.util.stream.Stream.concat(CLAIMS.stream(), OTHERS.stream())
                .map(features::vectorise).toList();
        boolean[] positive = new boolean[rows.size()];
        for (int i = 0; i < CLAIMS.size(); i++) {
            positive[i] = true;
        }
        double[] exampleWeights = new double[rows.size()];
        java.util.Arrays.fill(exampleWeights, 1);
        return new LogisticRegressionTrainer(1e-3, 1, 200).train(rows, positive, exampleWeights, SMALL.buckets());
    }
}
