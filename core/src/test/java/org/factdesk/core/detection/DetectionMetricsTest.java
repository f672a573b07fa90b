package org.factdesk.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DetectionMetricsTest {

    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
    private static final boolean[] POSITIVE = {true, false, true, true, false, false};

    @Test
    void precisionRecallAndF1CountTheCheckWorthyClass() {
        DetectionMetrics metrics = DetectionMetrics.at(SCORES, POSITIVE, 0.65);

        assertThat(metrics.truePositives()).isEqualTo(2);
        assertThat(metrics.falsePositives()).isEqualTo(1);
        assertThat(metrics.falseNegatives()).isEqualTo(1);
        assertThat(metrics.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(metrics.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(metrics.f1()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void averagePrecisionAveragesPrecisionAtEachFoundClaim() {
        assertThat(DetectionMetrics.averagePrecision(SCORES, POSITIVE))
                .isCloseTo((1.0 + 2 / 3.0 + 3 / 4.0) / 3, within(1e-12));
    }

    @Test
    void tiedScoresCountTogether() {
        double[] tied = {0.5, 0.5};

        assertThat(DetectionMetrics.averagePrecision(tied, new boolean[] {true, false})).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void theBestThresholdSitsBetweenTheLastClaimTakenAndTheNextScore() {
        assertThat(DetectionMetrics.bestF1Threshold(SCORES, POSITIVE)).isCloseTo(0.55, within(1e-12));
    }
}
