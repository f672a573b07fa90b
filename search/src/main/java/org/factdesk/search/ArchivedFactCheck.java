package org.factdesk.search;

import java.util.Objects;

/** A published fact-check as the archive index keeps it: the claim it rated and its headline. */
public record ArchivedFactCheck(String id, String claimReviewed, String headline) {

    public ArchivedFactCheck {
        Objects.requireNonNull(id, "id");
        claimReviewed = claimReviewed == null ? "" : claimReviewed;
        headline = headline == null ? "" : headline;
    }

    /** What its embedding is computed from: the claim, and the headline that restates it. */
    public String textToEmbed() {
        return headline.isBlank() ? claimReviewed : claimReviewed + " " + headline;
    }
}
