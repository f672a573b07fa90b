package org.factdesk.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdesk.workflow.review.Agreement.RatingPair;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final double EPSILON = 1e-9;

    private static void add(List<RatingPair> pairs, int times, String first, String second) {
        for (int i = 0; i < times; i++) {
            pairs.add(new RatingPair(first, second));
        }
    }

    /**
     * 50 claims, two labels. Both "True": 20, first "True" second "False": 5, first "False" second
     * "True": 10, both "False": 15. Observed 35/50 = 0.7. First rater says "True" 25/50 = 0.5,
     * second 30/50 = 0.6, so chance agreement is 0.5 * 0.6 + 0.5 * 0.4 = 0.5 and kappa is
     * (0.7 - 0.5) / (1 - 0.5) = 0.4.
     */
    @Test
    void kappaOfATwoLabelTableMatchesTheHandComputedValue() {
        List<RatingPair> pairs = new ArrayList<>();
        add(pairs, 20, "True", "True");
        add(pairs, 5, "True", "False");
        add(pairs, 10, "False", "True");
        add(pairs, 15, "False", "False");

        Agreement agreement = Agreement.of(pairs);

        assertThat(agreement.pairs()).isEqualTo(50);
        assertThat(agreement.percentAgreement()).isCloseTo(70.0, within(EPSILON));
        assertThat(agreement.kappa()).isCloseTo(0.4, within(EPSILON));
    }

    /**
     * Four claims, three labels. Observed 3/4. First rater: True 2, False 1, Misleading 1; second:
     * True 1, False 2, Misleading 1. Chance = 2/16 + 2/16 + 1/16 = 5/16, so kappa =
     * (12/16 - 5/16) / (11/16) = 7/11.
     */
    @Test
    void kappaOfAThreeLabelTableMatchesTheHandComputedValue() {
        Agreement agreement = Agreement.of(List.of(
                new RatingPair("True", "True"),
                new RatingPair("False", "False"),
                new RatingPair("True", "False"),
                new RatingPair("Misleading", "Misleading")));

        assertThat(agreement.pairs()).isEqualTo(4);
        assertThat(agreement.percentAgreement()).isCloseTo(75.0, within(EPSILON));
        assertThat(agreement.kappa()).isCloseTo(7.0 / 11.0, within(EPSILON));
    }

    @Test
    void theOrderOfThePairsDoesNotMatter() {
        List<RatingPair> pairs = new ArrayList<>(List.of(
                new RatingPair("True", "True"),
                new RatingPair("False", "False"),
                new RatingPair("True", "False"),
                new RatingPair("Misleading", "Misleading")));
        Collections.reverse(pairs);

        assertThat(Agreement.of(pairs).kappa()).isCloseTo(7.0 / 11.0, within(EPSILON));
    }

    @Test
    void perfectAgreementIsOneHundredPercentAndKappaOne() {
        Agreement agreement = Agreement.of(List.of(
                new RatingPair("True", "True"),
                new RatingPair("False", "False"),
                new RatingPair("Misleading", "Misleading")));

        assertThat(agreement.pairs()).isEqualTo(3);
        assertThat(agreement.percentAgreement()).isCloseTo(100.0, within(EPSILON));
        assertThat(agreement.kappa()).isCloseTo(1.0, within(EPSILON));
    }

    @Test
    void noPairsMeansNoNumbers() {
        Agreement agreement = Agreement.of(List.of());

        assertThat(agreement.pairs()).isZero();
        assertThat(agreement.percentAgreement()).isNaN();
        assertThat(agreement.kappa()).isNaN();
    }

    @Test
    void allPairsWithTheSameSingleLabelCountAsPerfectAgreement() {
        Agreement agreement = Agreement.of(List.of(
                new RatingPair("False", "False"),
                new RatingPair("False", "False"),
                new RatingPair("False", "False")));

        assertThat(agreement.pairs()).isEqualTo(3);
        assertThat(agreement.percentAgreement()).isCloseTo(100.0, within(EPSILON));
        assertThat(agreement.kappa()).isEqualTo(1.0);
    }

    /** Observed 0; each rater splits 1/2 and 1/2, so chance is 0.5 and kappa = (0 - 0.5) / 0.5 = -1. */
    @Test
    void ratersWhoAlwaysDisagreeGetNegativeKappa() {
        Agreement agreement = Agreement.of(List.of(
                new RatingPair("True", "False"),
                new RatingPair("False", "True")));

        assertThat(agreement.percentAgreement()).isCloseTo(0.0, within(EPSILON));
        assertThat(agreement.kappa()).isCloseTo(-1.0, within(EPSILON));
    }

    /**
     * The first rater always says "True", the second once "True" once "False": observed 0.5, chance
     * 1 * 0.5 = 0.5, so kappa is 0: no better than chance.
     */
    @Test
    void agreementNoBetterThanChanceGivesKappaZero() {
        Agreement agreement = Agreement.of(List.of(
                new RatingPair("True", "True"),
                new RatingPair("True", "False")));

        assertThat(agreement.percentAgreement()).isCloseTo(50.0, within(EPSILON));
        assertThat(agreement.kappa()).isCloseTo(0.0, within(EPSILON));
    }
}
