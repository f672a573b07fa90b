package org.factdesk.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * TF-IDF cosine similarity over stemmed words and word pairs: two wordings of one claim share
 * their rare words ("ByteDance", "90 days") even when the common ones differ. Document frequencies
 * come from the texts being compared, so no vocabulary has to be trained or shipped.
 */
public final class TextSimilarity {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][\\p{N}]+)*");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
            "that", "this", "these", "those", "has", "have", "had", "will", "would", "can", "could", "should", "may",
            "might", "do", "does", "did", "not", "no", "so", "than", "then", "there", "their", "they", "them", "he",
            "she", "his", "her", "we", "our", "you", "your", "i", "who", "which", "what", "when", "where", "how",
            "said", "says", "say", "also", "just", "about", "into", "over", "more", "most", "some", "any", "all");

    /** A candidate and how close it is to the text searched for, 0 to 1. */
    public record Match<T>(T item, double score) {
    }

    private TextSimilarity() {
    }

    /** Stemmed content words and adjacent word pairs of a text. */
    public static List<String> terms(String text) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace("’", "'"));
        while (matcher.find()) {
            String word = matcher.group().replace(",", "");
            if (!STOP_WORDS.contains(word)) {
                words.add(Character.isDigit(word.charAt(0)) ? word : stemmer.stem(word));
            }
        }
        List<String> terms = new ArrayList<>(words);
        for (int i = 1; i < words.size(); i++) {
            terms.add(words.get(i - 1) + " " + words.get(i));
        }
        return terms;
    }

    /** The candidates at least {@code minScore} similar to the text, best first. */
    public static <T> List<Match<T>> rank(String text, Map<T, String> candidates, double minScore, int limit) {
        Map<T, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Integer> queryCounts = countTerms(text);
        queryCounts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        candidates.forEach((item, candidateText) -> {
            Map<String, Integer> termCounts = countTerms(candidateText);
            counts.put(item, termCounts);
            termCounts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        });
        int documents = candidates.size() + 1;
        Map<String, Double> query = weigh(queryCounts, documentFrequency, documents);
        List<Match<T>> matches = new ArrayList<>();
        counts.forEach((item, termCounts) -> {
            double score = cosine(query, weigh(termCounts, documentFrequency, documents));
            if (score >= minScore) {
                matches.add(new Match<>(item, score));
            }
        });
        matches.sort(Comparator.comparingDouble((Match<T> m) -> m.score()).reversed());
        return matches.size() > limit ? matches.subList(0, limit) : matches;
    }

    /** Similarity of two texts on their own (inverse document frequency from the pair). */
    public static double similarity(String first, String second) {
        List<Match<Integer>> match = rank(first, Map.of(1, second), 0, 1);
        return match.isEmpty() ? 0 : match.get(0).score();
    }

    private static Map<String, Integer> countTerms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : terms(text)) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Integer> df, int documents) {
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((term, count) -> weights.put(term,
                (1 + Math.log(count)) * (Math.log((documents + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1)));
        return weights;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            Double other = b.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double value : vector.values()) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
