package org.factdesk.core.detection;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained detector as stored: gzip-compressed text. Lines starting with {@code #} describe where
 * the model came from; {@code key=value} lines hold the threshold, the bias and the
 * {@link FeatureSettings}; then one {@code bucket weight} line per non-zero weight.
 */
record CheckWorthinessModel(FeatureSettings settings, LinearWeights weights, double threshold, List<String> notes) {

    private static final String WEIGHTS_HEADER = "weights";

    static CheckWorthinessModel read(InputStream in) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            List<String> notes = new java.util.ArrayList<>();
            Map<String, String> properties = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null && !line.equals(WEIGHTS_HEADER)) {
                if (line.startsWith("#")) {
                    notes.add(line.substring(1).trim());
                } else if (!line.isBlank()) {
                    int equals = line.indexOf('=');
                    properties.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
            FeatureSettings settings = FeatureSettings.fromProperties(properties);
            float[] weights = new float[settings.buckets()];
            while ((line = reader.readLine()) != null) {
                int space = line.indexOf(' ');
                weights[Integer.parseInt(line, 0, space, 10)] = Float.parseFloat(line.substring(space + 1));
            }
            return new CheckWorthinessModel(settings, new LinearWeights(weights, Double.parseDouble(properties.get("bias"))),
                    Double.parseDouble(properties.get("threshold")), List.copyOf(notes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check-worthiness model", e);
        }
    }

    void write(OutputStream out) throws IOException {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }, StandardCharsets.UTF_8))) {
            for (String note : notes) {
                writer.write("# " + note + "\n");
            }
            writer.write("threshold=" + threshold + "\n");
            writer.write("bias=" + weights.bias() + "\n");
            for (Map.Entry<String, String> property : settings.asProperties().entrySet()) {
                writer.write(property.getKey() + "=" + property.getValue() + "\n");
            }
            writer.write(WEIGHTS_HEADER + "\n");
            float[] w = weights.weights();
            for (int bucket = 0; bucket < w.length; bucket++) {
                if (w[bucket] != 0) {
                    writer.write(bucket + " " + String.format(Locale.ROOT, "%.5g", w[bucket]) + "\n");
                }
            }
        }
    }
}
