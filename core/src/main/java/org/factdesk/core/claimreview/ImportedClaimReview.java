package org.factdesk.core.claimreview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.verdict.ExternalVerdict;

/**
 * A ClaimReview another fact-checker published, read and fitted to the desk: the claim, who made it,
 * when and where it appeared, and the fact-checker's verdict on it.
 */
public record ImportedClaimReview(String claimText, String claimant, ClaimantKind claimantKind, LocalDate claimDate,
        String appearanceUrl, String language, ExternalVerdict verdict, String asPublished, boolean publisherKnownByUrlOnly,
        List<String> warnings) {

    /**
     * {@code asPublished} is the record as the desk republishes it: the fact-checker's own JSON-LD with
     * its references resolved and only the normalisations {@code warnings} report. {@code
     * publisherKnownByUrlOnly} says the fact-checker was named by nothing but a web address, so the
     * name in the verdict is that address's host until a known publisher's name is found for it.
     */
    public ImportedClaimReview {
        warnings = List.copyOf(warnings);
    }

    /** Who a claim is credited to when the ClaimReview names nobody. */
    public static final String UNATTRIBUTED = "Unattributed";

    /**
     * What makes two imports the same fact-check: the same publisher, URL and claim (a page may review
     * several claims under one URL); names and claims compare regardless of case and spacing. Hashed,
     * so any length fits a unique index.
     */
    public String importKey() {
        String where = verdict.url() != null ? "url " + verdict.url() + "\n" : "";
        return sha256(comparable(verdict.publisher()) + "\n" + where + "claim " + comparable(claimText));
    }

    /**
     * The key imports were kept under before one URL could hold several claims: publisher and URL, or
     * publisher and claim without a URL. A record kept under it is the same fact-check only when its
     * claim is the same too.
     */
    public String earlierImportKey() {
        String what = verdict.url() != null ? "url " + verdict.url() : "claim " + comparable(claimText);
        return sha256(comparable(verdict.publisher()) + "\n" + what);
    }

    /** Whether a kept claim's text is this record's claim, regardless of case and spacing. */
    public boolean isClaimOf(String text) {
        return comparable(claimText).equals(comparable(text));
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
