package org.factdesk.web.api;

import java.time.LocalDate;
import java.util.Set;
import org.factdesk.workflow.intake.NewClaim;

/** {@code POST /api/v1/claims}: the claim's text and claimant are required. */
public record NewClaimBody(String text, String claimant, String context, LocalDate claimDate, String appearanceUrl,
        String language, Set<String> tags) {

    NewClaim toNewClaim() {
        return new NewClaim(text, claimant, context, claimDate, appearanceUrl, language, tags);
    }
}
