package org.factdesk.core.detection;

/** Feature buckets in ascending order with their values; what a sentence looks like to the model. */
record SparseVector(int[] indices, float[] values) {

    int size() {
        return indices.length;
    }

    double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }
}
