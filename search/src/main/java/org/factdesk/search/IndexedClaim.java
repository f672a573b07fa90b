package org.factdesk.search;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.core.claim.ReviewState;

/**
 * A claim as the desk index keeps it: what is searched (its text, the headline of a published
 * fact-check, the claimant, tags) and what a search is narrowed by (state, rating, publisher, language,
 * when it was published). Imported fact-checks are published claims with their publisher set.
 */
public record IndexedClaim(String id, String text, String headline, String claimant, Set<String> tags, ReviewState state,
        String rating, String publisher, String language, Instant publishedAt) {

    public IndexedClaim {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        headline = headline == null ? "" : headline;
        claimant = claimant == null ? "" : claimant;
        tags = tags == null ? Set.of() : Set.copyOf(new TreeSet<>(tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()));
        language = language == null || language.isBlank() ? "" : language.toLowerCase(Locale.ROOT);
    }

    /** A published fact-check known only by its claim and headline, as in an evaluation archive. */
    public static IndexedClaim factCheck(String id, String claimReviewed, String headline) {
        return new IndexedClaim(id, claimReviewed, headline, null, null, ReviewState.PUBLISHED, null, null, null, null);
    }

    /** What its embedding is computed from: the claim, and the headline that restates it. */
    public String textToEmbed() {
        return textToEmbed(text, headline);
    }

    static String textToEmbed(String text, String headline) {
        return headline == null || headline.isBlank() ? text : text + " " + headline;
    }
}
