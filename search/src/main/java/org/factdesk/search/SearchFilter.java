package org.factdesk.search;

import java.time.Instant;
import java.util.Set;
import org.factdesk.core.claim.ReviewState;

/**
 * What narrows a search beyond its words; an empty set or a null means "any". {@code ourOwn} keeps
 * the desk's own fact-checks only (no publisher), {@code publisher} one imported publisher's.
 */
public record SearchFilter(Set<ReviewState> states, String publisher, boolean ourOwn, String language,
        Instant publishedSince, String tag, String claimant) {

    public static final SearchFilter ANY = new SearchFilter(Set.of(), null, false, null, null, null, null);

    public SearchFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static SearchFilter inStates(Set<ReviewState> states) {
        return new SearchFilter(states, null, false, null, null, null, null);
    }

    public SearchFilter withTagAndClaimant(String tag, String claimant) {
        return new SearchFilter(states, publisher, ourOwn, language, publishedSince, tag, claimant);
    }
}
