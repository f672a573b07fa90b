package org.factdesk.core.claimreview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.verdict.PublishedVerdict;

/**
 * Maps a published fact-check to exactly one schema.org ClaimReview, following Google's
 * fact-check rules: a short claimReviewed (the whole claim in itemReviewed's text) that never carries the rating, the rating's name always,
 * numbers only for numeric labels, and the URL on the site's own host. An imported fact-check is their
 * work, not ours: it is republished as they wrote it (kept at import); one imported before that was kept
 * names its publisher as the author, keeps their URL and their whole claim, and no date they did not give.
 */
public final class ClaimReviewMapper {

    /** Google shows claimReviewed in one line; longer text is cut at a word boundary. */
    public static final int CLAIM_REVIEWED_MAX = 75;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviewMapper() {
    }

    /** Who publishes, and where readers find the fact-check pages. */
    public record Publisher(String name, String url, String siteUrl) {
    }

    public static Map<String, Object> toJsonLd(Claim claim, PublishedVerdict latest, PublishedVerdict first,
            Publisher publisher) {
        if (latest.isImported() && latest.claimReviewAsPublished != null) {
            return asPublished(latest);
        }
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        String url = latest.isImported() ? latest.externalUrl : factCheckUrl(publisher, claim.id);
        if (url != null) {
            review.put("url", url);
        }
        // Another fact-checker's claim is theirs to word, so an import is never cut.
        review.put("claimReviewed", latest.isImported() ? claim.text : shorten(claim.text));
        review.put("datePublished", first.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (!latest.isImported()) {
            review.put("dateModified", latest.publishedAt.toString());
        }
        review.put("author", latest.isImported() ? organisation(latest.externalPublisher, latest.externalPublisherUrl)
                : organisation(publisher.name(), publisher.url()));
        review.put("reviewRating", rating(latest));
        review.put("itemReviewed", itemReviewed(claim));
        if (latest.isCorrection()) {
            Map<String, Object> correction = new LinkedHashMap<>();
            correction.put("@type", "CorrectionComment");
            correction.put("text", latest.correctionNote);
            correction.put("datePublished", latest.publishedAt.toString());
            review.put("correction", correction);
        }
        return review;
    }

    /** An import's ClaimReview exactly as kept at import: the publisher's JSON-LD, not ours. */
    private static Map<String, Object> asPublished(PublishedVerdict imported) {
        try {
            return JSON.readValue(imported.claimReviewAsPublished, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The ClaimReview kept for fact-check " + imported.id + " is not JSON", e);
        }
    }

    public static String factCheckUrl(Publisher publisher, long claimId) {
        String base = publisher.siteUrl().endsWith("/") ? publisher.siteUrl().substring(0, publisher.siteUrl().length() - 1)
                : publisher.siteUrl();
        return base + "/fact-checks/" + claimId;
    }

    /** The claim in at most {@value #CLAIM_REVIEWED_MAX} characters, cut at a word with an ellipsis. */
    public static String shorten(String text) {
        return shorten(text, CLAIM_REVIEWED_MAX);
    }

    /** The text on one line in at most {@code max} characters, cut at a word with an ellipsis. */
    public static String shorten(String text, int max) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= max) {
            return clean;
        }
        String cut = clean.substring(0, max - 1);
        int lastSpace = cut.lastIndexOf(' ');
        if (lastSpace > max / 2) {
            cut = cut.substring(0, lastSpace);
        }
        return cut.replaceAll("[\\s,;:.]+$", "") + "…";
    }

    private static Map<String, Object> rating(PublishedVerdict verdict) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", verdict.ratingAsPublished());
        if (verdict.ratingValue != null) {
            rating.put("ratingValue", verdict.ratingValue);
            if (verdict.bestRating != null) {
                rating.put("bestRating", verdict.bestRating);
            }
            if (verdict.worstRating != null) {
                rating.put("worstRating", verdict.worstRating);
            }
        }
        if (verdict.summary != null) {
            rating.put("ratingExplanation", verdict.summary);
        }
        return rating;
    }

    private static Map<String, Object> itemReviewed(Claim claim) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        // claimReviewed is cut to one line for search results; the whole claim travels here.
        item.put("text", claim.text.strip());
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", claim.claimant.kind == ClaimantKind.ORGANISATION ? "Organization" : "Person");
        author.put("name", claim.claimant.name);
        if (claim.claimant.description != null) {
            author.put("jobTitle", claim.claimant.description);
        }
        item.put("author", author);
        if (claim.claimDate != null) {
            item.put("datePublished", claim.claimDate.toString());
        }
        Map<String, Object> appearance = appearance(claim);
        if (appearance != null) {
            item.put("appearance", List.of(appearance));
            item.put("firstAppearance", appearance);
        }
        return item;
    }

    /** Where the claim appeared: its own URL, else the origin article as a CreativeWork. */
    private static Map<String, Object> appearance(Claim claim) {
        if (claim.appearanceUrl == null && claim.article == null) {
            return null;
        }
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        if (claim.appearanceUrl != null) {
            work.put("url", claim.appearanceUrl);
            return work;
        }
        if (claim.article.url != null) {
            work.put("url", claim.article.url);
        }
        work.put("headline", claim.article.title);
        if (claim.article.publisher != null) {
            work.put("publisher", Map.of("@type", "Organization", "name", claim.article.publisher));
        }
        if (claim.article.publishedAt != null) {
            work.put("datePublished", claim.article.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        return work;
    }

    private static Map<String, Object> organisation(String name, String url) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", name);
        if (url != null) {
            org.put("url", url);
        }
        return org;
    }
}
