package org.factdesk.core.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences simply: every non-blank line is at least one sentence (so
 * headings, captions and link lists stand alone), and a line is split after . ! or ? (and any
 * closing quote) followed by a space and a capital letter or opening quote, unless the full stop
 * ends a common abbreviation or an initial.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "inc", "ltd", "co", "corp", "gov", "sen", "rep", "gen", "lt", "col", "vs", "no", "u.s", "u.k", "e.g", "i.e");

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\\R")) {
            splitLine(line.strip(), sentences);
        }
        return sentences;
    }

    private static void splitLine(String line, List<String> sentences) {
        int start = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && isClosingQuote(line.charAt(end))) {
                end++;
            }
            if (end + 1 < n && Character.isWhitespace(line.charAt(end)) && startsSentence(line.charAt(end + 1))
                    && !(c == '.' && endsWithAbbreviation(line, start, i))) {
                add(line.substring(start, end), sentences);
                start = end + 1;
            }
        }
        add(line.substring(start), sentences);
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\'';
    }

    private static boolean endsWithAbbreviation(String line, int start, int stop) {
        int wordStart = stop;
        while (wordStart > start && !Character.isWhitespace(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, stop).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void add(String sentence, List<String> sentences) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
