package org.factdesk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.factdesk.core.claim.ReviewState;

/**
 * Times matching and search on the index alone, without the app, the database or HTTP: claims shaped
 * like the bench desk's (bench/sql/fill.sql), at each size given, so what grows with the desk shows
 * part by part. Vectors are the embeddings of the desk's sentence templates plus a little noise, so
 * they cluster as the real ones do; embedding every claim would take hours.
 *
 * <p>Run: {@code ./mvnw -q -pl search test-compile} then
 * {@code java -cp search/target/test-classes:search/target/classes:$(cat search/target/classpath)
 * org.factdesk.search.MatchingAtScale 100000 1000000}; the classpath file is written by
 * {@code ./mvnw -q -pl search dependency:build-classpath -Dmdep.outputFile=target/classpath}.
 */
public final class MatchingAtScale {

    private static final String[] TOPICS = {"Unemployment", "Violent crime", "The national debt", "Childhood vaccination",
        "Carbon emissions", "Housing starts", "Hospital waiting times", "Migrant arrivals", "Average rent",
        "Renewable electricity", "Teacher pay", "Exports to China"};
    private static final String[] REGIONS = {"the capital", "the north", "rural areas", "the coast", "the whole country",
        "the south-east", "border towns"};
    private static final String[] MOVES = {" rose by ", " fell by ", " doubled to "};
    private static final Set<ReviewState> COMPARED = EnumSet.of(ReviewState.NEW, ReviewState.READY, ReviewState.IN_RESEARCH,
            ReviewState.IN_REVIEW, ReviewState.PUBLISHED);
    private static final int WARM_UP = 300;
    private static final int MEASURED = 600;

    private MatchingAtScale() {
    }

    public static void main(String[] args) throws IOException {
        SentenceEmbedder embedder = new SentenceEmbedder();
        List<String> templates = new ArrayList<>();
        for (int g = 0; g < 252; g++) {
            templates.add(template(g));
        }
        List<float[]> centres = embedder.embedAll(templates);
        for (String size : args) {
            measure(Integer.parseInt(size), centres);
        }
    }

    private static void measure(int size, List<float[]> centres) throws IOException {
        Path folder = Files.createTempDirectory("matching-at-scale");
        try (DeskIndex index = DeskIndex.createInFolder(folder, MatchingWeights.TUNED)) {
            long began = System.nanoTime();
            for (int g = 1; g <= size; g++) {
                index.put(claim(g), vector(g, centres));
            }
            index.commit(java.util.Map.of());
            index.refresh();
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("%,d claims: indexed in %.0f s (%.0f claims/s), %d segments, %,d MB on disk%n", size, seconds,
                    size / seconds, index.segmentCount(), bytes(folder) / 1_000_000);
            time(index, size, centres);
            int mergedTo = Integer.getInteger("mergeDown", 0);
            if (mergedTo > 0) {
                long mergeBegan = System.nanoTime();
                index.mergeDown(mergedTo);
                System.out.printf("  merged down to %d segments in %.0f s%n", index.segmentCount(),
                        (System.nanoTime() - mergeBegan) / 1e9);
                time(index, size, centres);
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static void time(DeskIndex index, int size, List<float[]> centres) throws IOException {
        SearchFilter compared = SearchFilter.inStates(COMPARED);
        Random random = new Random(7);
        long[] words = new long[MEASURED];
        long[] meaning = new long[MEASURED];
        long[] matching = new long[MEASURED];
        long[] search = new long[MEASURED];
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            int g = 1 + random.nextInt(size);
            String text = text(g);
            float[] vector = vector(g, centres);
            long t0 = System.nanoTime();
            index.matchingWords(text, compared, ClaimMatcher.CANDIDATES + 1);
            long t1 = System.nanoTime();
            index.matchingMeaning(vector, compared, ClaimMatcher.CANDIDATES + 1);
            long t2 = System.nanoTime();
            ClaimMatcher.matching(index, text, vector, compared, String.valueOf(g), SimilarClaims.MOST, MatchingWeights.TUNED);
            long t3 = System.nanoTime();
            index.search("hospital waiting coast", SearchFilter.ANY, 0, 20);
            long t4 = System.nanoTime();
            if (round >= WARM_UP) {
                int i = round - WARM_UP;
                words[i] = t1 - t0;
                meaning[i] = t2 - t1;
                matching[i] = t3 - t2;
                search[i] = t4 - t3;
            }
        }
        System.out.printf("  median / p95 ms: words %s, meaning %s, matching %s, search %s%n", figures(words), figures(meaning),
                figures(matching), figures(search));
    }

    private static String figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.2f / %.2f", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    /** As fill.sql writes claim g. */
    private static IndexedClaim claim(int g) {
        ReviewState state = switch (g % 20) {
            case 0, 1 -> ReviewState.NEW;
            case 2, 3, 4, 5, 6, 7 -> ReviewState.READY;
            case 8, 9 -> ReviewState.IN_RESEARCH;
            case 10 -> ReviewState.IN_REVIEW;
            case 19 -> ReviewState.DISMISSED;
            default -> ReviewState.PUBLISHED;
        };
        return new IndexedClaim(String.valueOf(1_000_000 + g), text(g), null, "Benchmark claimant " + (1 + g % 2000),
                g % 3 == 0 ? Set.of(TOPICS[g % 12].toLowerCase()) : Set.of(), state, null, null, "en", null);
    }

    private static String text(int g) {
        return template(g) + (g % 97 + 3) + (g % 3 == 2 ? " thousand" : "%") + " between " + (2010 + g % 10) + " and "
                + (2020 + g % 6) + " (benchmark claim " + g + ")";
    }

    private static String template(int g) {
        return TOPICS[g % 12] + " in " + REGIONS[g % 7] + MOVES[g % 3];
    }

    /** The template's embedding moved a little, the same way each time for the same claim. */
    private static float[] vector(int g, List<float[]> centres) {
        float[] centre = centres.get(g % 252);
        Random noise = new Random(g);
        float[] vector = new float[centre.length];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = centre[i] + (float) (noise.nextGaussian() * 0.015);
            norm += vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    private static long bytes(Path folder) throws IOException {
        long total = 0;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
        }
        return total;
    }
}
