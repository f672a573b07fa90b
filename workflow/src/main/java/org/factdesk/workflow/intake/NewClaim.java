package org.factdesk.workflow.intake;

import java.time.LocalDate;
import java.util.Set;

/** A claim as someone submits it: the text and who said it are required, the rest helps triage. */
public record NewClaim(String text, String claimant, String context, LocalDate claimDate, String appearanceUrl,
        String language, Set<String> tags) {

    public static NewClaim of(String text, String claimant) {
        return new NewClaim(text, claimant, null, null, null, null, Set.of());
    }
}
