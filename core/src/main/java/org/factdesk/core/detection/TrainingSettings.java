package org.factdesk.core.detection;

import java.util.Locale;

/**
 * How the weights are fitted.
 *
 * @param l2                  L2 penalty on the weights
 * @param positiveWeight      weight of a check-worthy sentence in the loss (not-factual ones weigh 1)
 * @param unimportantWeight   weight of a factual but unimportant sentence (Verdict 0) in the loss
 * @param minDocuments        a feature must occur in this many training sentences to get a weight
 * @param maxIterations       cap on L-BFGS iterations
 */
record TrainingSettings(double l2, double positiveWeight, double unimportantWeight, int minDocuments, int maxIterations) {

    static final TrainingSettings DEFAULT = new TrainingSettings(3e-5, 1.5, 1.0, 2, 300);

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "l2=%s positiveWeight=%s unimportantWeight=%s minDocuments=%d maxIterations=%d",
                l2, positiveWeight, unimportantWeight, minDocuments, maxIterations);
    }
}
