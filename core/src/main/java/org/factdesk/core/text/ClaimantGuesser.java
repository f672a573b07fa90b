package org.factdesk.core.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses who made a claim from how the sentence attributes it: "…, Wang said", "according to
 * ByteDance", "Pompeo claimed that …", "said China's Foreign Minister". Attribution verbs and
 * capitalised names only: when the sentence names nobody, there is no guess.
 */
public final class ClaimantGuesser {

    private static final String VERBS = "said|says|told|claimed|claims|stated|states|argued|argues|insisted|insists|"
            + "announced|announces|wrote|writes|added|adds|noted|notes|warned|warns|alleged|alleges|tweeted|declared|"
            + "maintained|contended|forecast|forecasts|reported|reports";
    /** A name: capitalised words, allowing "of", "the", "'s" and initials inside, e.g. "Secretary of State Mike Pompeo". */
    private static final String NAME = "((?:[A-Z][\\p{L}.&'’-]*(?:'s|’s)?)(?:\\s+(?:of|the|de|von|van|for|and)?\\s*[A-Z][\\p{L}.&'’-]*(?:'s|’s)?){0,6})";

    /** Whose report it is, in any case: "the council's report", "Ofgem's figures". */
    private static final String POSSESSOR = "([\\p{L}][\\p{L}.&-]*(?:\\s+[\\p{L}][\\p{L}.&-]*){0,3}?)(?:'s|’s)\\s+"
            + "(?:report|figures|data|study|survey|analysis|statement|estimates?|numbers|research|review|audit|forecast)";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b[Aa]ccording to (?:the )?" + NAME),
            Pattern.compile("\\b[Aa]ccording to (?:the |a |an )?" + POSSESSOR),
            Pattern.compile("^(?:The\\s+)?" + POSSESSOR + "\\s+(?:says|said|show|shows|showed|found|finds|suggests|suggested)\\b"),
            Pattern.compile("[,“”\"]\\s*" + NAME + "\\s+(?:" + VERBS + ")\\b"),
            Pattern.compile("\\b(?:" + VERBS + ")\\s+(?:the\\s+)?" + NAME + "\\s*[.,]?\\s*$"),
            Pattern.compile("^(?:The\\s+)?" + NAME + "\\s+(?:has\\s+|have\\s+|had\\s+)?(?:" + VERBS + ")\\b"),
            Pattern.compile("\\b" + NAME + "\\s+(?:" + VERBS + ")\\s+(?:that|in|on)\\b"),
            Pattern.compile(",\\s*" + NAME + "\\s+(?:Forecasts|Says|Claims|Warns)\\b"));

    private ClaimantGuesser() {
    }

    public static Optional<String> guess(String sentence) {
        for (Pattern pattern : PATTERNS) {
            Matcher match = pattern.matcher(sentence);
            if (match.find()) {
                String name = clean(match.group(1));
                if (!name.isEmpty() && !isPronounOrFiller(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static String clean(String name) {
        return name.replaceAll("[.,;:]+$", "").replaceAll("(?:'s|’s)$", "").replaceAll("^(?:The|A|An)\\s+", "").strip();
    }

    private static boolean isPronounOrFiller(String name) {
        return name.matches("(?i)(he|she|it|they|we|i|you|this|that|these|those|there|here|earlier|later|officials?|"
                + "the|a|an|some|many|critics|experts|sources|reports?|in|on|as)");
    }
}
