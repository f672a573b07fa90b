package org.factdesk.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckWorthinessTest {

    private final CheckWorthiness detector = CheckWorthiness.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "?", "Thank you very much.", "Unemployment fell to 3.5 percent in 2019.",
            "1234567890", "ÄÖÜ – “quoted” ‘text’ 45% $3.2 billion in the 1990s.",
            "A very long sentence that goes on and on and on and on and on and on and on and on and on and on."})
    void theBundledModelScoresEverySentenceBetweenZeroAndOne(String sentence) {
        assertThat(detector.score(sentence)).isBetween(0.0, 1.0);
    }

    @Test
    void aStatisticScoresAboveThanks() {
        double statistic = detector.score("Unemployment fell to 3.5 percent in 2019.");
        double thanks = detector.score("Thank you very much.");

        assertThat(statistic).isGreaterThan(thanks);
        assertThat(detector.isCheckWorthy("Unemployment fell to 3.5 percent in 2019.")).isTrue();
        assertThat(detector.isCheckWorthy("Thank you very much.")).isFalse();
    }

    @Test
    void factualStatementsScoreAboveOpinionsAndCourtesies() {
        double factual = Math.min(detector.score("The federal deficit has doubled since 2008."),
                detector.score("Crime in our cities went up by 20 percent last year."));
        double notFactual = Math.max(detector.score("I think we can do better."),
                detector.score("Good evening, and welcome to the debate."));

        assertThat(factual).isGreaterThan(notFactual);
    }

    @Test
    void isCheckWorthyMeansTheScoreReachesTheThreshold() {
        assertThat(detector.threshold()).isStrictlyBetween(0.0, 1.0);
        String sentence = "The programme sought to ban Chinese apps from US app stores.";

        assertThat(detector.isCheckWorthy(sentence)).isEqualTo(detector.score(sentence) >= detector.threshold());
    }

    @Test
    void theModelSaysWhereItCameFrom() {
        assertThat(String.join("\n", detector.provenance()))
                .contains("training file: crowdsourced.csv")
                .contains("command: ./mvnw")
                .contains("date: ")
                .contains("threshold: ");
    }

    @Test
    void theBundledModelIsReadOnce() {
        assertThat(CheckWorthiness.bundled()).isSameAs(detector);
    }
}
