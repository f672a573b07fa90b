package org.factdesk.core.detection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Precision, recall and F1 on the check-worthy class, average precision, and the best-F1 threshold. */
record DetectionMetrics(int truePositives, int falsePositives, int falseNegatives) {

    static DetectionMetrics at(double[] scores, boolean[] positive, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && positive[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (positive[i]) {
                fn++;
            }
        }
        return new DetectionMetrics(tp, fp, fn);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    /** Average precision: the mean of the precision at each recall step, ties in score taken together. */
    static double averagePrecision(double[] scores, boolean[] positive) {
        Integer[] order = descending(scores);
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        if (positives == 0) {
            return 0;
        }
        double sum = 0;
        int tp = 0;
        int seen = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            int newPositives = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                newPositives += positive[order[j]] ? 1 : 0;
                j++;
            }
            tp += newPositives;
            seen = j;
            sum += newPositives * ((double) tp / seen);
            i = j;
        }
        return sum / positives;
    }

    /**
     * The threshold that maximises F1 over the given scores: halfway between the lowest score
     * taken as check-worthy and the next lower score, so it does not sit on a training example.
     */
    static double bestF1Threshold(double[] scores, boolean[] positive) {
        Integer[] order = descending(scores);
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        double bestF1 = -1;
        double bestThreshold = 0.5;
        int tp = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                tp += positive[order[j]] ? 1 : 0;
                j++;
            }
            double f1 = 2.0 * tp / (j + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                double next = j < order.length ? scores[order[j]] : 0;
                bestThreshold = (scores[order[i]] + next) / 2;
            }
            i = j;
        }
        return bestThreshold;
    }

    private static Integer[] descending(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return order;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
