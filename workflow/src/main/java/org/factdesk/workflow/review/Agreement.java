package org.factdesk.workflow.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often two independent reviewers of one claim gave the same rating: percent agreement and
 * Cohen's kappa, which discounts the agreement two raters would reach by chance.
 */
public record Agreement(int pairs, double percentAgreement, double kappa) {

    /** Two ratings of one claim, by label name. */
    public record RatingPair(String first, String second) {
    }

    public static Agreement of(List<RatingPair> ratings) {
        int n = ratings.size();
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN);
        }
        Map<String, Integer> firstCounts = new HashMap<>();
        Map<String, Integer> secondCounts = new HashMap<>();
        Set<String> labels = new HashSet<>();
        int same = 0;
        for (RatingPair pair : ratings) {
            if (pair.first().equals(pair.second())) {
                same++;
            }
            firstCounts.merge(pair.first(), 1, Integer::sum);
            secondCounts.merge(pair.second(), 1, Integer::sum);
            labels.add(pair.first());
            labels.add(pair.second());
        }
        double observed = (double) same / n;
        double expected = 0;
        for (String label : labels) {
            expected += (firstCounts.getOrDefault(label, 0) / (double) n) * (secondCounts.getOrDefault(label, 0) / (double) n);
        }
        // When chance agreement is total (both raters always gave one label), kappa is undefined;
        // perfect observed agreement then counts as 1.
        double kappa = expected == 1.0 ? (observed == 1.0 ? 1.0 : 0.0) : (observed - expected) / (1 - expected);
        return new Agreement(n, observed * 100, kappa);
    }
}
