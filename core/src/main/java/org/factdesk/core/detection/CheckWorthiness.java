package org.factdesk.core.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Says how likely a sentence is to be a check-worthy factual claim: a logistic regression over
 * word and character n-grams and a few cues, trained on the ClaimBuster debate sentences. Runs
 * offline from a model bundled with this module; thread-safe.
 */
public final class CheckWorthiness {

    static final String BUNDLED_MODEL = "/detection/check-worthiness-model.txt.gz";

    private final SentenceFeatures features;
    private final LinearWeights weights;
    private final double threshold;
    private final List<String> provenance;

    CheckWorthiness(CheckWorthinessModel model) {
        this.features = new SentenceFeatures(model.settings());
        this.weights = model.weights();
        this.threshold = model.threshold();
        this.provenance = model.notes();
    }

    /** The bundled model, read once on first use. */
    public static CheckWorthiness bundled() {
        return Bundled.INSTANCE;
    }

    /** A probability-like score in [0, 1]; higher means more worth checking. */
    public double score(String sentence) {
        return weights.probability(features.vectorise(sentence));
    }

    /** Whether the score reaches the threshold tuned when the model was trained. */
    public boolean isCheckWorthy(String sentence) {
        return score(sentence) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** Where the model came from: training file, command, date and how the threshold was chosen. */
    public List<String> provenance() {
        return provenance;
    }

    static CheckWorthiness read(InputStream in) {
        return new CheckWorthiness(CheckWorthinessModel.read(in));
    }

    private static final class Bundled {
        static final CheckWorthiness INSTANCE = load();

        private static CheckWorthiness load() {
            try (InputStream in = CheckWorthiness.class.getResourceAsStream(BUNDLED_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the check-worthiness model " + BUNDLED_MODEL + " is not on the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
