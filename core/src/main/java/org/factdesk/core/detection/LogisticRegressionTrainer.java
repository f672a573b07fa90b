package org.factdesk.core.detection;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Weighted, L2-regularised logistic regression fitted by L-BFGS on the full batch. Full-batch
 * optimisation needs no random order, so the same data always gives the same weights.
 *
 * <p>It minimises {@code (1/W) Σ c_i·logloss_i + (l2/2)·|w|²}, where {@code c_i} is the example's
 * weight and {@code W} their sum; the bias is not regularised. Buckets seen in fewer than
 * {@code minDocuments} training sentences keep weight 0: a feature seen once is mostly noise.
 */
final class LogisticRegressionTrainer {

    private static final int HISTORY = 10;

    private final double l2;
    private final int minDocuments;
    private final int maxIterations;

    LogisticRegressionTrainer(double l2, int minDocuments, int maxIterations) {
        this.l2 = l2;
        this.minDocuments = minDocuments;
        this.maxIterations = maxIterations;
    }

    LinearWeights train(List<SparseVector> rows, boolean[] positive, double[] exampleWeights, int buckets) {
        int[] columnOfBucket = columns(rows, buckets);
        int columns = 0;
        for (int column : columnOfBucket) {
            columns = Math.max(columns, column + 1);
        }
        Problem problem = new Problem(rows, positive, exampleWeights, columnOfBucket, columns);
        double[] solution = minimise(problem, new double[columns + 1]);

        float[] weights = new float[buckets];
        for (int bucket = 0; bucket < buckets; bucket++) {
            if (columnOfBucket[bucket] >= 0) {
                weights[bucket] = (float) solution[columnOfBucket[bucket]];
            }
        }
        return new LinearWeights(weights, solution[columns]);
    }

    private int[] columns(List<SparseVector> rows, int buckets) {
        int[] documents = new int[buckets];
        for (SparseVector row : rows) {
            for (int bucket : row.indices()) {
                documents[bucket]++;
            }
        }
        int[] columnOfBucket = new int[buckets];
        int next = 0;
        for (int bucket = 0; bucket < buckets; bucket++) {
            boolean cue = bucket < Cue.RESERVED_BUCKETS && documents[bucket] > 0;
            columnOfBucket[bucket] = cue || documents[bucket] >= minDocuments ? next++ : -1;
        }
        return columnOfBucket;
    }

    /** L-BFGS with a backtracking (Armijo) line search; the last coordinate is the bias. */
    private double[] minimise(Problem problem, double[] x) {
        int n = x.length;
        double[] gradient = new double[n];
        double value = problem.evaluate(x, gradient);
        Deque<double[][]> memory = new ArrayDeque<>();
        double[] direction = new double[n];
        double[] nextX = new double[n];
        double[] nextGradient = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            searchDirection(gradient, memory, direction);
            double slope = dot(gradient, direction);
            if (slope >= 0) {
                memory.clear();
                for (int i = 0; i < n; i++) {
                    direction[i] = -gradient[i];
                }
                slope = dot(gradient, direction);
            }
            double step = memory.isEmpty() ? 1 / Math.max(1e-12, Math.sqrt(-slope)) : 1;
            double nextValue;
            while (true) {
                for (int i = 0; i < n; i++) {
                    nextX[i] = x[i] + step * direction[i];
                }
                nextValue = problem.evaluate(nextX, nextGradient);
                if (nextValue <= value + 1e-4 * step * slope || step < 1e-12) {
                    break;
                }
                step *= 0.5;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = nextX[i] - x[i];
                y[i] = nextGradient[i] - gradient[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-12) {
                if (memory.size() == HISTORY) {
                    memory.removeFirst();
                }
                memory.addLast(new double[][] {s, y, {1 / sy}});
            }
            double improvement = (value - nextValue) / Math.max(1, Math.abs(nextValue));
            System.arraycopy(nextX, 0, x, 0, n);
            System.arraycopy(nextGradient, 0, gradient, 0, n);
            value = nextValue;
            if (improvement < 1e-9 || maxAbs(gradient) < 1e-6) {
                break;
            }
        }
        return x;
    }

    /** The two-loop recursion: direction = -H·gradient with H built from the remembered steps. */
    private static void searchDirection(double[] gradient, Deque<double[][]> memory, double[] direction) {
        int n = gradient.length;
        System.arraycopy(gradient, 0, direction, 0, n);
        double[] alphas = new double[memory.size()];
        int k = memory.size() - 1;
        for (var it = memory.descendingIterator(); it.hasNext(); k--) {
            double[][] pair = it.next();
            alphas[k] = pair[2][0] * dot(pair[0], direction);
            axpy(-alphas[k], pair[1], direction);
        }
        if (!memory.isEmpty()) {
            double[][] last = memory.getLast();
            double gamma = 1 / (last[2][0] * dot(last[1], last[1]));
            for (int i = 0; i < n; i++) {
                direction[i] *= gamma;
            }
        }
        k = 0;
        for (double[][] pair : memory) {
            double beta = pair[2][0] * dot(pair[1], direction);
            axpy(alphas[k++] - beta, pair[0], direction);
        }
        for (int i = 0; i < n; i++) {
            direction[i] = -direction[i];
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The training set in compressed-row form over the kept columns. */
    private final class Problem {
        private final int[] rowStart;
        private final int[] columns;
        private final float[] values;
        private final double[] targets;
        private final double[] weights;
        private final int bias;

        Problem(List<SparseVector> rows, boolean[] positive, double[] exampleWeights, int[] columnOfBucket,
                int columnCount) {
            int size = 0;
            for (SparseVector row : rows) {
                size += row.size();
            }
            rowStart = new int[rows.size() + 1];
            int[] cols = new int[size];
            float[] vals = new float[size];
            int at = 0;
            for (int r = 0; r < rows.size(); r++) {
                SparseVector row = rows.get(r);
                for (int i = 0; i < row.size(); i++) {
                    int column = columnOfBucket[row.indices()[i]];
                    if (column >= 0) {
                        cols[at] = column;
                        vals[at++] = row.values()[i];
                    }
                }
                rowStart[r + 1] = at;
            }
            columns = Arrays.copyOf(cols, at);
            values = Arrays.copyOf(vals, at);
            targets = new double[rows.size()];
            double total = Arrays.stream(exampleWeights).sum();
            weights = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                targets[r] = positive[r] ? 1 : 0;
                weights[r] = exampleWeights[r] / total;
            }
            bias = columnCount;
        }

        /** Returns the objective at x and writes its gradient into gradient. */
        double evaluate(double[] x, double[] gradient) {
            Arrays.fill(gradient, 0);
            double loss = 0;
            for (int r = 0; r < targets.length; r++) {
                double z = x[bias];
                for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                    z += x[columns[i]] * values[i];
                }
                double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
                loss += weights[r] * (softplus - targets[r] * z);
                double error = weights[r] * (LinearWeights.sigmoid(z) - targets[r]);
                for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                    gradient[columns[i]] += error * values[i];
                }
                gradient[bias] += error;
            }
            double norm = 0;
            for (int i = 0; i < bias; i++) {
                norm += x[i] * x[i];
                gradient[i] += l2 * x[i];
            }
            return loss + 0.5 * l2 * norm;
        }
    }
}
