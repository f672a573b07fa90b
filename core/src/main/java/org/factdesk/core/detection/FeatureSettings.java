package org.factdesk.core.detection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How sentences become features. Saved with the weights, because a model only makes sense with
 * the exact features it was trained on.
 *
 * @param bucketBits     log2 of the hashed feature space
 * @param wordNgrams     longest word n-gram (1 = unigrams only)
 * @param charNgramMin   shortest character n-gram (0 = no character n-grams)
 * @param charNgramMax   longest character n-gram
 * @param wordScale      length of the word n-gram block after normalising it to unit length
 * @param charScale      length of the character n-gram block after normalising it to unit length
 * @param cueScale       value of each present hand-written cue (number, year, comparative, ...)
 */
public record FeatureSettings(int bucketBits, int wordNgrams, int charNgramMin, int charNgramMax,
        double wordScale, double charScale, double cueScale) {

    public static final FeatureSettings DEFAULT = new FeatureSettings(21, 2, 2, 5, 1.0, 1.0, 0.3);

    public FeatureSettings {
        if (bucketBits < 10 || bucketBits > 26) {
            throw new IllegalArgumentException("bucketBits must be between 10 and 26: " + bucketBits);
        }
        if (wordNgrams < 1 || charNgramMin < 0 || charNgramMax < charNgramMin) {
            throw new IllegalArgumentException("invalid n-gram ranges");
        }
    }

    int buckets() {
        return 1 << bucketBits;
    }

    Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("features.bucketBits", Integer.toString(bucketBits));
        properties.put("features.wordNgrams", Integer.toString(wordNgrams));
        properties.put("features.charNgramMin", Integer.toString(charNgramMin));
        properties.put("features.charNgramMax", Integer.toString(charNgramMax));
        properties.put("features.wordScale", Double.toString(wordScale));
        properties.put("features.charScale", Double.toString(charScale));
        properties.put("features.cueScale", Double.toString(cueScale));
        return properties;
    }

    static FeatureSettings fromProperties(Map<String, String> properties) {
        return new FeatureSettings(
                Integer.parseInt(required(properties, "features.bucketBits")),
                Integer.parseInt(required(properties, "features.wordNgrams")),
                Integer.parseInt(required(properties, "features.charNgramMin")),
                Integer.parseInt(required(properties, "features.charNgramMax")),
                Double.parseDouble(required(properties, "features.wordScale")),
                Double.parseDouble(required(properties, "features.charScale")),
                Double.parseDouble(required(properties, "features.cueScale")));
    }

    private static String required(Map<String, String> properties, String key) {
        String value = properties.get(key);
        if (value == null) {
            throw new IllegalArgumentException("model file lacks " + key);
        }
        return value;
    }
}
