package org.factdesk.seeds;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.claim.Priority;
import org.factdesk.core.claim.ReviewState;

/**
 * A claim found in the seed article: the sentence as it stands in the article (so its position
 * can be found), the checkable claim in it, who made it and when, and how far the demo carries it.
 */
public record SeedClaim(String sentence, String text, String claimant, ClaimantKind kind, String claimantDescription,
        LocalDate claimDate, List<String> tags, Priority priority, ReviewState demoState) {
}
