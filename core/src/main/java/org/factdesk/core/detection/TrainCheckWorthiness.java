package org.factdesk.core.detection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains the check-worthiness detector on ClaimBuster's crowdsourced.csv, picks its threshold by
 * grouped cross-validation on that same file (one debate per fold), and writes the model resource.
 * groundtruth.csv is never read here: it is kept for {@link EvaluateCheckWorthiness}.
 *
 * <p>Arguments: {@code [data folder] [--out=model file] [--folds=0|k] [--cv-only]} and, to try other
 * settings, {@code --l2= --positive-weight= --unimportant-weight= --min-documents= --max-iterations= --bucket-bits=
 * --word-ngrams= --char-min= --char-max= --word-scale= --char-scale= --cue-scale=}. {@code --folds=0}
 * (the default) leaves one debate out per fold; {@code --folds=k} spreads the debates over k folds.
 * Run from the repository root.
 */
public final class TrainCheckWorthiness {

    static final String DEFAULT_OUTPUT = "core/src/main/resources/detection/check-worthiness-model.txt.gz";
    private static final String COMMAND = "./mvnw -B -q -pl core compile exec:java"
            + " -Dexec.mainClass=" + TrainCheckWorthiness.class.getName();

    private TrainCheckWorthiness() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(ClaimBusterData.DEFAULT_FOLDER);
        Path output = Path.of(DEFAULT_OUTPUT);
        int folds = 0;
        boolean crossValidateOnly = false;
        FeatureSettings f = FeatureSettings.DEFAULT;
        TrainingSettings t = TrainingSettings.DEFAULT;
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                folder = Path.of(arg);
                continue;
            }
            String key = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (key) {
                case "out" -> output = Path.of(value);
                case "folds" -> folds = Integer.parseInt(value);
                case "cv-only" -> crossValidateOnly = true;
                case "l2" -> t = new TrainingSettings(Double.parseDouble(value), t.positiveWeight(), t.unimportantWeight(), t.minDocuments(), t.maxIterations());
                case "positive-weight" -> t = new TrainingSettings(t.l2(), Double.parseDouble(value), t.unimportantWeight(), t.minDocuments(), t.maxIterations());
                case "unimportant-weight" -> t = new TrainingSettings(t.l2(), t.positiveWeight(), Double.parseDouble(value), t.minDocuments(), t.maxIterations());
                case "min-documents" -> t = new TrainingSettings(t.l2(), t.positiveWeight(), t.unimportantWeight(), Integer.parseInt(value), t.maxIterations());
                case "max-iterations" -> t = new TrainingSettings(t.l2(), t.positiveWeight(), t.unimportantWeight(), t.minDocuments(), Integer.parseInt(value));
                case "bucket-bits" -> f = new FeatureSettings(Integer.parseInt(value), f.wordNgrams(), f.charNgramMin(), f.charNgramMax(), f.wordScale(), f.charScale(), f.cueScale());
                case "word-ngrams" -> f = new FeatureSettings(f.bucketBits(), Integer.parseInt(value), f.charNgramMin(), f.charNgramMax(), f.wordScale(), f.charScale(), f.cueScale());
                case "char-min" -> f = new FeatureSettings(f.bucketBits(), f.wordNgrams(), Integer.parseInt(value), f.charNgramMax(), f.wordScale(), f.charScale(), f.cueScale());
                case "char-max" -> f = new FeatureSettings(f.bucketBits(), f.wordNgrams(), f.charNgramMin(), Integer.parseInt(value), f.wordScale(), f.charScale(), f.cueScale());
                case "word-scale" -> f = new FeatureSettings(f.bucketBits(), f.wordNgrams(), f.charNgramMin(), f.charNgramMax(), Double.parseDouble(value), f.charScale(), f.cueScale());
                case "char-scale" -> f = new FeatureSettings(f.bucketBits(), f.wordNgrams(), f.charNgramMin(), f.charNgramMax(), f.wordScale(), Double.parseDouble(value), f.cueScale());
                case "cue-scale" -> f = new FeatureSettings(f.bucketBits(), f.wordNgrams(), f.charNgramMin(), f.charNgramMax(), f.wordScale(), f.charScale(), Double.parseDouble(value));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        new Training(f, t).run(folder.resolve(ClaimBusterData.TRAINING_FILE), folds, crossValidateOnly ? null : output,
                COMMAND + (args.length == 0 ? "" : " -Dexec.args=\"" + String.join(" ", args) + "\""));
    }

    /** One training run with fixed settings. */
    private record Training(FeatureSettings featureSettings, TrainingSettings trainingSettings) {

        void run(Path csv, int folds, Path output, String command) throws IOException, InterruptedException, ExecutionException {
            long start = System.nanoTime();
            List<LabelledSentence> sentences = ClaimBusterData.read(csv);
            SentenceFeatures features = new SentenceFeatures(featureSettings);
            List<SparseVector> rows = sentences.stream().map(s -> features.vectorise(s.text())).toList();
            boolean[] positive = new boolean[sentences.size()];
            double[] exampleWeights = new double[sentences.size()];
            int positives = 0;
            for (int i = 0; i < positive.length; i++) {
                positive[i] = sentences.get(i).checkWorthy();
                int verdict = sentences.get(i).verdict();
                exampleWeights[i] = positive[i] ? trainingSettings.positiveWeight()
                        : verdict == 0 ? trainingSettings.unimportantWeight() : 1;
                positives += positive[i] ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%s: %d sentences, %d check-worthy%n", csv.getFileName(), sentences.size(), positives);
            System.out.println("features: " + featureSettings);
            System.out.println("training: " + trainingSettings);

            int[] foldOf = foldOfSentence(sentences, folds);
            int foldCount = java.util.Arrays.stream(foldOf).max().orElse(0) + 1;
            double[] outOfFold = crossValidate(rows, positive, exampleWeights, foldOf, foldCount);
            double threshold = DetectionMetrics.bestF1Threshold(outOfFold, positive);
            DetectionMetrics cv = DetectionMetrics.at(outOfFold, positive, threshold);
            double averagePrecision = DetectionMetrics.averagePrecision(outOfFold, positive);
            String crossValidation = String.format(Locale.ROOT,
                    "%d-fold cross-validation by debate on the training file: %s, average precision %.3f, threshold %.4f",
                    foldCount, cv.summary(), averagePrecision, threshold);
            System.out.println(crossValidation);
            System.out.printf(Locale.ROOT, "cross-validation took %.1f s%n", (System.nanoTime() - start) / 1e9);
            if (output == null) {
                return;
            }

            LinearWeights weights = trainer().train(rows, positive, exampleWeights, featureSettings.buckets());
            List<String> notes = List.of(
                    "Factdesk check-worthiness model: logistic regression over hashed word and character n-grams and cues",
                    "training file: " + csv.getFileName() + " of the ClaimBuster benchmark (" + sentences.size()
                            + " sentences; check-worthy = Verdict 1, " + positives + " sentences)",
                    "command: " + command,
                    "date: " + LocalDate.now(Clock.systemUTC()),
                    "threshold: best F1 of " + crossValidation,
                    "training settings: " + trainingSettings);
            CheckWorthinessModel model = new CheckWorthinessModel(featureSettings, weights, threshold, notes);
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(output)) {
                model.write(out);
            }
            System.out.printf(Locale.ROOT, "wrote %s (%d bytes) after %.1f s%n", output, Files.size(output),
                    (System.nanoTime() - start) / 1e9);
        }

        private LogisticRegressionTrainer trainer() {
            return new LogisticRegressionTrainer(trainingSettings.l2(), trainingSettings.minDocuments(),
                    trainingSettings.maxIterations());
        }

        /** Debates in name order; with folds = 0 each debate is a fold, else debate i goes to fold i mod folds. */
        private static int[] foldOfSentence(List<LabelledSentence> sentences, int folds) {
            Map<String, Integer> debates = new TreeMap<>();
            sentences.forEach(s -> debates.put(s.debate(), 0));
            int index = 0;
            for (Map.Entry<String, Integer> debate : debates.entrySet()) {
                debate.setValue(folds == 0 ? index : index % folds);
                index++;
            }
            return sentences.stream().mapToInt(s -> debates.get(s.debate())).toArray();
        }

        private double[] crossValidate(List<SparseVector> rows, boolean[] positive, double[] exampleWeights,
                int[] foldOf, int foldCount) throws InterruptedException, ExecutionException {
            double[] outOfFold = new double[rows.size()];
            ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int fold = 0; fold < foldCount; fold++) {
                    int held = fold;
                    running.add(pool.submit(() -> {
                        List<SparseVector> trainRows = new ArrayList<>();
                        List<Integer> heldOut = new ArrayList<>();
                        for (int i = 0; i < rows.size(); i++) {
                            if (foldOf[i] == held) {
                                heldOut.add(i);
                            } else {
                                trainRows.add(rows.get(i));
                            }
                        }
                        boolean[] trainPositive = new boolean[trainRows.size()];
                        double[] trainWeights = new double[trainRows.size()];
                        int at = 0;
                        for (int i = 0; i < rows.size(); i++) {
                            if (foldOf[i] != held) {
                                trainPositive[at] = positive[i];
                                trainWeights[at++] = exampleWeights[i];
                            }
                        }
                        LinearWeights weights = trainer().train(trainRows, trainPositive, trainWeights, featureSettings.buckets());
                        for (int i : heldOut) {
                            outOfFold[i] = weights.probability(rows.get(i));
                        }
                    }));
                }
                for (Future<?> fold : running) {
                    fold.get();
                }
            } finally {
                pool.shutdown();
            }
            return outOfFold;
        }
    }
}
