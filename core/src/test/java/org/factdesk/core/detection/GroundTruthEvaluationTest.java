package org.factdesk.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on ClaimBuster's groundtruth.csv, which training never reads. Needs the shared
 * data beside the repository; skips without it (fails in CI).
 */
class GroundTruthEvaluationTest {

    /** The F1 measured when the bundled model was trained (see DETECTION.md), less a margin. */
    private static final double F1_FLOOR = 0.875;

    @Test
    void theBundledModelReachesItsMeasuredF1OnTheGroundTruth() throws Exception {
        Path csv = RepositoryFiles.requireOrSkip("shared/data/claimbuster/" + ClaimBusterData.EVALUATION_FILE,
                "ClaimBuster's " + ClaimBusterData.EVALUATION_FILE);
        List<LabelledSentence> sentences = ClaimBusterData.read(csv);
        CheckWorthiness detector = CheckWorthiness.bundled();

        EvaluateCheckWorthiness.Scored scored = EvaluateCheckWorthiness.Scored.of(detector, sentences);
        DetectionMetrics metrics = DetectionMetrics.at(scored.scores(), scored.positive(), detector.threshold());

        assertThat(sentences).hasSize(1032);
        assertThat(metrics.f1()).as(metrics.summary()).isGreaterThanOrEqualTo(F1_FLOOR);
    }
}
