package org.factdesk.core.detection;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the check-worthiness detector on ClaimBuster's groundtruth.csv (never used in
 * training) and on the hand-labelled seed article: precision, recall and F1 on the check-worthy
 * class at the model's threshold, average precision, and sentences scored per second on one thread.
 *
 * <p>Arguments: {@code [data folder] [--model=model file] [--seed-labels=tsv file]}; without
 * {@code --model} the bundled model is evaluated. Run from the repository root.
 */
public final class EvaluateCheckWorthiness {

    static final String DEFAULT_SEED_LABELS = "core/src/test/resources/detection/seed-article-labels.tsv";

    private EvaluateCheckWorthiness() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(ClaimBusterData.DEFAULT_FOLDER);
        Path modelFile = null;
        Path seedLabels = Path.of(DEFAULT_SEED_LABELS);
        for (String arg : args) {
            if (arg.startsWith("--model=")) {
                modelFile = Path.of(arg.substring("--model=".length()));
            } else if (arg.startsWith("--seed-labels=")) {
                seedLabels = Path.of(arg.substring("--seed-labels=".length()));
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                folder = Path.of(arg);
            }
        }
        CheckWorthiness detector;
        if (modelFile == null) {
            detector = CheckWorthiness.bundled();
        } else {
            try (InputStream in = Files.newInputStream(modelFile)) {
                detector = CheckWorthiness.read(in);
            }
        }
        detector.provenance().forEach(note -> System.out.println("model: " + note));

        List<LabelledSentence> groundTruth = ClaimBusterData.read(folder.resolve(ClaimBusterData.EVALUATION_FILE));
        System.out.println(report(ClaimBusterData.EVALUATION_FILE, detector, groundTruth));
        System.out.printf(Locale.ROOT, "%s: %.0f sentences/s on one thread%n", ClaimBusterData.EVALUATION_FILE,
                sentencesPerSecond(detector, groundTruth));
        if (Files.isRegularFile(seedLabels)) {
            System.out.println(report("seed article (hand labels)", detector, HandLabels.read(seedLabels)));
        } else {
            System.out.println("seed article: no hand labels at " + seedLabels);
        }
    }

    static String report(String name, CheckWorthiness detector, List<LabelledSentence> sentences) {
        Scored scored = Scored.of(detector, sentences);
        DetectionMetrics metrics = DetectionMetrics.at(scored.scores(), scored.positive(), detector.threshold());
        return String.format(Locale.ROOT, "%s: %d sentences, %d check-worthy; at threshold %.4f: %s; average precision %.3f",
                name, sentences.size(), metrics.truePositives() + metrics.falseNegatives(), detector.threshold(),
                metrics.summary(), DetectionMetrics.averagePrecision(scored.scores(), scored.positive()));
    }

    /** Scores the sentences over and over on this thread: first to warm up, then against the clock. */
    static double sentencesPerSecond(CheckWorthiness detector, List<LabelledSentence> sentences) {
        double sink = 0;
        long warmUpEnd = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (LabelledSentence sentence : sentences) {
                sink += detector.score(sentence.text());
            }
        }
        long scoredCount = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (LabelledSentence sentence : sentences) {
                sink += detector.score(sentence.text());
            }
            scoredCount += sentences.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < 3_000_000_000L);
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("a score was not a number");
        }
        return scoredCount / (elapsed / 1e9);
    }

    /** Scores and labels side by side. */
    record Scored(double[] scores, boolean[] positive) {
        static Scored of(CheckWorthiness detector, List<LabelledSentence> sentences) {
            double[] scores = new double[sentences.size()];
            boolean[] positive = new boolean[sentences.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = detector.score(sentences.get(i).text());
                positive[i] = sentences.get(i).checkWorthy();
            }
            return new Scored(scores, positive);
        }
    }
}
