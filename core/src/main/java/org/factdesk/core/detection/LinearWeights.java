package org.factdesk.core.detection;

/** One weight per feature bucket plus a bias; the score is the logistic of their sum. */
record LinearWeights(float[] weights, double bias) {

    double probability(SparseVector features) {
        return sigmoid(bias + features.dot(weights));
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
