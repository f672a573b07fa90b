package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

    @Test
    void eachQueryCountsOneOverTheRankOfItsFactCheckWithinTheFirstFive() {
        Map<String, List<String>> ranked = Map.of(
                "q1", List.of("a", "b", "c"),
                "q2", List.of("x", "y", "z", "w", "v", "b"),
                "q3", List.of("p", "b"),
                "q4", List.of());
        Map<String, String> relevant = Map.of("q1", "a", "q2", "b", "q3", "b", "q4", "a");

        RetrievalMetrics metrics = RetrievalMetrics.of(ranked, relevant);

        assertThat(metrics.queries()).isEqualTo(4);
        assertThat(metrics.meanAveragePrecisionAt5()).isCloseTo((1.0 + 0.5) / 4, within(1e-9));
        assertThat(metrics.recallAt1()).isCloseTo(0.25, within(1e-9));
        assertThat(metrics.recallAt5()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aQueryWithNoRankingCountsAsAMiss() {
        RetrievalMetrics metrics = RetrievalMetrics.of(Map.of(), Map.of("q1", "a"));

        assertThat(metrics.meanAveragePrecisionAt5()).isZero();
        assertThat(metrics.recallAt5()).isZero();
    }
}
