package org.factdesk.core.claimreview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.verdict.ExternalVerdict;

/**
 * A ClaimReview another fact-checker published, read and fitted to the desk: the claim, who made it,
 * when and where it appeared, and the fact-checker's verdict on it.
 */
public record ImportedClaimReview(String claimText, String claimant, ClaimantKind claimantKind, LocalDate claimDate,
        String appearanceUrl, String language, ExternalVerdict verdict) {

    /** Who a claim is credited to when the ClaimReview names nobody. */
    public static final String UNATTRIBUTED = "Unattributed";

    /**
     * What makes two imports the same fact-check: the same publisher and URL or, when there is no
     * URL, the same publisher and claim; names and claims compare regardless of case and spacing.
     * Hashed, so any length fits a unique index.
     */
    public String importKey() {
        String what = verdict.url() != null ? "url " + verdict.url() : "claim " + comparable(claimText);
        return sha256(comparable(verdict.publisher()) + "\n" + what);
    }

    private static String comparable(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
