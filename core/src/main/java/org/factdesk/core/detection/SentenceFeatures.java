package org.factdesk.core.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a sentence into a sparse vector: hashed word uni/bi-grams (lower-cased, numbers and years
 * folded into one token each), hashed character n-grams, and the {@link Cue}s. Each n-gram block is
 * normalised to unit length, so long sentences do not win on length alone. Thread-safe.
 */
final class SentenceFeatures {

    static final String NUMBER = "<num>";
    static final String YEAR = "<year>";
    private static final String START = "<s>";
    private static final String END = "</s>";

    private static final int UNIGRAM_SEED = 0x1b873593;
    private static final int BIGRAM_SEED = 0x6a09e667;
    private static final int TRIGRAM_SEED = 0x3c6ef372;
    private static final int CHAR_SEED = 0x510e527f;

    private static final Set<String> MONEY = Set.of("$", "dollar", "dollars", "cents", "£", "€", "pounds", "euros");
    private static final Set<String> MAGNITUDES = Set.of("hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "trillions");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "dozen", "dozens", "half", "twice", "double", "doubled", "triple", "tripled",
            "quadrupled", "quarter", "third", "percent", "percentage");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "than", "higher", "lower",
            "larger", "smaller", "bigger", "greater", "increase", "increased", "increases", "decrease", "decreased",
            "decreases", "rise", "rose", "risen", "rising", "fell", "fall", "fallen", "falling", "grew", "grown",
            "growth", "cut", "cuts", "reduced", "declined", "decline", "drop", "dropped", "doubled", "tripled");
    private static final Set<String> SUPERLATIVES = Set.of("most", "least", "largest", "biggest", "highest",
            "lowest", "best", "worst", "first", "record", "fastest", "slowest", "only");

    private final FeatureSettings settings;
    private final int hashedBuckets;

    SentenceFeatures(FeatureSettings settings) {
        this.settings = settings;
        this.hashedBuckets = settings.buckets() - Cue.RESERVED_BUCKETS;
    }

    FeatureSettings settings() {
        return settings;
    }

    SparseVector vectorise(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<String> tokens = tokens(lower);

        int[] words = wordNgrams(tokens);
        int wordCount = sortDistinct(words);
        int[] chars = charNgrams(lower);
        int charCount = sortDistinct(chars);
        EnumSet<Cue> cues = cues(sentence, tokens);

        int[] indices = new int[cues.size() + wordCount + charCount];
        float[] values = new float[indices.length];
        int size = 0;
        float cueValue = (float) settings.cueScale();
        for (Cue cue : cues) {
            indices[size] = cue.ordinal();
            values[size++] = cueValue;
        }
        float wordValue = wordCount == 0 ? 0 : (float) (settings.wordScale() / Math.sqrt(wordCount));
        float charValue = charCount == 0 ? 0 : (float) (settings.charScale() / Math.sqrt(charCount));
        int w = 0;
        int c = 0;
        while (w < wordCount || c < charCount) {
            if (c == charCount || (w < wordCount && words[w] < chars[c])) {
                indices[size] = words[w++];
                values[size++] = wordValue;
            } else if (w == wordCount || chars[c] < words[w]) {
                indices[size] = chars[c++];
                values[size++] = charValue;
            } else {
                indices[size] = words[w++];
                values[size++] = wordValue + charValue;
                c++;
            }
        }
        return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }

    /**
     * Words with their inner apostrophes and hyphens; every number becomes {@value #NUMBER}, and
     * years and decades {@value #YEAR}; "%" is the word "percent"; "$" and "?" are tokens.
     */
    static List<String> tokens(String lower) {
        List<String> tokens = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(lower.charAt(j))
                        || (isJoiner(lower.charAt(j)) && j + 1 < n && Character.isLetter(lower.charAt(j + 1))))) {
                    j++;
                }
                tokens.add(lower.substring(i, j).replace('’', '\''));
                i = j;
            } else if (isDigit(c)) {
                int j = i + 1;
                while (j < n && (isDigit(lower.charAt(j))
                        || ((lower.charAt(j) == ',' || lower.charAt(j) == '.') && j + 1 < n && isDigit(lower.charAt(j + 1))))) {
                    j++;
                }
                int digitsEnd = j;
                while (j < n && Character.isLetter(lower.charAt(j))) {
                    j++;
                }
                tokens.add(isYear(lower, i, digitsEnd, j) ? YEAR : NUMBER);
                i = j;
            } else {
                if (c == '$' || c == '?' || c == '£' || c == '€') {
                    tokens.add(String.valueOf(c));
                } else if (c == '%') {
                    tokens.add("percent");
                }
                i++;
            }
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 1800-2099, or a decade such as 1990s. */
    private static boolean isYear(String lower, int start, int digitsEnd, int end) {
        if (digitsEnd - start != 4) {
            return false;
        }
        String suffix = lower.substring(digitsEnd, end);
        if (!suffix.isEmpty() && !suffix.equals("s")) {
            return false;
        }
        for (int i = start; i < digitsEnd; i++) {
            if (!isDigit(lower.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(lower, start, digitsEnd, 10);
        return year >= 1800 && year < 2100;
    }

    private int[] wordNgrams(List<String> tokens) {
        int n = tokens.size();
        int[] hashes = new int[n + 2];
        hashes[0] = tokenHash(START);
        for (int i = 0; i < n; i++) {
            hashes[i + 1] = tokenHash(tokens.get(i));
        }
        hashes[n + 1] = tokenHash(END);
        int maxOrder = settings.wordNgrams();
        int[] out = new int[n + (maxOrder >= 2 ? n + 1 : 0) + (maxOrder >= 3 ? n : 0)];
        int size = 0;
        for (int i = 1; i <= n; i++) {
            out[size++] = bucket(fmix(hashes[i] ^ UNIGRAM_SEED));
        }
        if (maxOrder >= 2) {
            for (int i = 0; i <= n; i++) {
                out[size++] = bucket(fmix(hashes[i] * 0x85ebca6b + hashes[i + 1] ^ BIGRAM_SEED));
            }
        }
        if (maxOrder >= 3) {
            for (int i = 0; i + 2 <= n + 1; i++) {
                out[size++] = bucket(fmix((hashes[i] * 0x85ebca6b + hashes[i + 1]) * 0xc2b2ae35 + hashes[i + 2]
                        ^ TRIGRAM_SEED));
            }
        }
        return Arrays.copyOf(out, size);
    }

    /**
     * Character n-grams across word boundaries of the lower-cased sentence with digits as 0 and
     * punctuation other than $ % ? ' folded into single spaces.
     */
    private int[] charNgrams(String lower) {
        int min = settings.charNgramMin();
        if (min == 0) {
            return new int[0];
        }
        char[] text = charText(lower);
        int max = settings.charNgramMax();
        int length = text.length;
        int[] out = new int[Math.max(0, length * (max - min + 1))];
        int size = 0;
        for (int i = 0; i < length; i++) {
            int h = CHAR_SEED;
            for (int k = 0; k < max && i + k < length; k++) {
                h = (h ^ text[i + k]) * 0x01000193;
                if (k + 1 >= min) {
                    out[size++] = bucket(fmix(h + k));
                }
            }
        }
        return Arrays.copyOf(out, size);
    }

    private static char[] charText(String lower) {
        StringBuilder text = new StringBuilder(lower.length() + 2).append(' ');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char mapped;
            if (isDigit(c)) {
                mapped = '0';
            } else if (Character.isLetter(c) || c == '$' || c == '%' || c == '?' || c == '\'') {
                mapped = c;
            } else if (c == '’') {
                mapped = '\'';
            } else {
                mapped = ' ';
            }
            if (mapped != ' ' || text.charAt(text.length() - 1) != ' ') {
                text.append(mapped);
            }
        }
        if (text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
        char[] chars = new char[text.length()];
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }

    private static EnumSet<Cue> cues(String sentence, List<String> tokens) {
        EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
        for (String token : tokens) {
            if (token.equals(NUMBER) || token.equals(YEAR)) {
                cues.add(Cue.HAS_NUMBER);
            }
            if (token.equals(YEAR)) {
                cues.add(Cue.HAS_YEAR);
            }
            if (token.equals("percent") || token.equals("percentage")) {
                cues.add(Cue.HAS_PERCENT);
            }
            if (MONEY.contains(token)) {
                cues.add(Cue.HAS_MONEY);
            }
            if (MAGNITUDES.contains(token)) {
                cues.add(Cue.HAS_MAGNITUDE);
            }
            if (NUMBER_WORDS.contains(token)) {
                cues.add(Cue.HAS_NUMBER_WORD);
            }
            if (COMPARATIVES.contains(token)) {
                cues.add(Cue.HAS_COMPARATIVE);
            }
            if (SUPERLATIVES.contains(token) || (token.endsWith("est") && token.length() > 5)) {
                cues.add(Cue.HAS_SUPERLATIVE);
            }
            if (token.endsWith("ed") && token.length() > 4) {
                cues.add(Cue.HAS_PAST_TENSE);
            }
            if (token.equals("?")) {
                cues.add(Cue.IS_QUESTION);
            }
        }
        cues.add(Cue.forLength(tokens.size()));
        addCapitalisationCues(sentence, cues);
        if (sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0 || sentence.indexOf('”') >= 0) {
            cues.add(Cue.HAS_QUOTATION);
        }
        return cues;
    }

    /** Capitalised words after the first one look like names of people, places and bodies. */
    private static void addCapitalisationCues(String sentence, EnumSet<Cue> cues) {
        int names = 0;
        boolean first = true;
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            int upper = 0;
            while (i < n && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '\'')) {
                if (Character.isUpperCase(sentence.charAt(i))) {
                    upper++;
                }
                i++;
            }
            if (start == i) {
                break;
            }
            int length = i - start;
            boolean capitalised = Character.isUpperCase(sentence.charAt(start));
            if (upper >= 2 && upper == length) {
                cues.add(Cue.HAS_ACRONYM);
            }
            boolean pronounI = length == 1 || sentence.startsWith("I'", start);
            if (!first && capitalised && !pronounI) {
                names++;
            }
            first = false;
        }
        cues.add(Cue.forCapitalisedNames(names));
    }

    private static int tokenHash(String token) {
        return fmix(token.hashCode() * 0x9e3779b1 + 0x7f4a7c15);
    }

    private int bucket(int hash) {
        return Cue.RESERVED_BUCKETS + Integer.remainderUnsigned(hash, hashedBuckets);
    }

    /** Sorts the array and moves its distinct values to the front; returns how many there are. */
    private static int sortDistinct(int[] values) {
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int size = 1;
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[size - 1]) {
                values[size++] = values[i];
            }
        }
        return size;
    }

    /** MurmurHash3's finaliser: spreads every input bit over the whole hash. */
    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
