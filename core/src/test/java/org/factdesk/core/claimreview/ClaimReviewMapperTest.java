package org.factdesk.core.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Claimant;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.claimreview.ClaimReviewMapper.Publisher;
import org.factdesk.core.verdict.ExternalVerdict;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.RatingLabel;
import org.junit.jupiter.api.Test;

class ClaimReviewMapperTest {

    @Test
    void shortClaimTextIsKeptAsItIs() {
        String text = "Unemployment fell by half in two years.";

        assertThat(ClaimReviewMapper.shorten(text)).isEqualTo(text);
    }

    @Test
    void claimTextOfExactlyTheLimitIsKeptAsItIs() {
        String text = "a".repeat(ClaimReviewMapper.CLAIM_REVIEWED_MAX);

        assertThat(ClaimReviewMapper.shorten(text)).isEqualTo(text);
    }

    @Test
    void whitespaceIsCollapsedToSingleSpaces() {
        assertThat(ClaimReviewMapper.shorten("  Wages \n rose\t\tfaster   than prices.  "))
                .isEqualTo("Wages rose faster than prices.");
    }

    @Test
    void longClaimTextIsCutAfterTheLastWholeWordThatFits() {
        String text = "The government claimed that unemployment fell by half in the last two years, "
                + "while wages rose faster than prices everywhere.";

        assertThat(ClaimReviewMapper.shorten(text))
                .isEqualTo("The government claimed that unemployment fell by half in the last two…");
    }

    @Test
    void punctuationBeforeTheCutIsDropped() {
        String text = "The mayor said that the city spent more on roads than on schools, hospitals; and parks in total.";

        assertThat(ClaimReviewMapper.shorten(text))
                .isEqualTo("The mayor said that the city spent more on roads than on schools…");
    }

    @Test
    void longClaimTextFitsTheLimitEndsWithAnEllipsisAndStopsAtAWordBoundary() {
        String[] texts = {
                "The government claimed that unemployment fell by half in the last two years, "
                        + "while wages rose faster than prices everywhere.",
                "Officials said the new bridge across the river would be finished by spring, "
                        + "and that it would cost less than the old one.",
                "The mayor said that the city spent more on roads than on the schools, the hospitals, and parks.",
                "  Over   the last\tdecade the country has\nbuilt more wind turbines than any other nation in Europe "
                        + "and most of the world.  ",
        };
        for (String text : texts) {
            String clean = text.strip().replaceAll("\\s+", " ");
            String shortened = ClaimReviewMapper.shorten(text);

            assertThat(shortened).as(text).hasSizeLessThanOrEqualTo(ClaimReviewMapper.CLAIM_REVIEWED_MAX)
                    .endsWith("…")
                    .doesNotContain("  ", "\n", "\t");
            String kept = shortened.substring(0, shortened.length() - 1);
            assertThat(clean).as(text).startsWith(kept);
            assertThat(Character.isLetterOrDigit(kept.charAt(kept.length() - 1))).as(text).isTrue();
            assertThat(Character.isLetterOrDigit(clean.charAt(kept.length())))
                    .as("the cut in \"%s\" falls inside a word", text).isFalse();
        }
    }

    @Test
    void oneVeryLongWordIsStillCutToTheLimit() {
        String shortened = ClaimReviewMapper.shorten("x".repeat(200));

        assertThat(shortened).hasSize(ClaimReviewMapper.CLAIM_REVIEWED_MAX).endsWith("…");
    }

    @Test
    void factCheckUrlJoinsSiteAndClaimWithOneSlash() {
        Publisher withSlash = new Publisher("Desk", "https://desk.example", "https://desk.example/");
        Publisher withoutSlash = new Publisher("Desk", "https://desk.example", "https://desk.example");

        assertThat(ClaimReviewMapper.factCheckUrl(withSlash, 42)).isEqualTo("https://desk.example/fact-checks/42");
        assertThat(ClaimReviewMapper.factCheckUrl(withoutSlash, 42)).isEqualTo("https://desk.example/fact-checks/42");
    }

    @Test
    void factCheckUrlKeepsTheSitePath() {
        Publisher publisher = new Publisher("Desk", "https://news.example", "https://news.example/checks/");

        assertThat(ClaimReviewMapper.factCheckUrl(publisher, 7)).isEqualTo("https://news.example/checks/fact-checks/7");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImportedFactCheckNamesItsPublisherAsAuthorAndKeepsTheirUrlAndWording() {
        Claim claim = new Claim("Tap water is radioactive.", new Claimant("Viral post", ClaimantKind.PERSON, null),
                Instant.parse("2024-03-01T09:00:00Z"));
        claim.id = 7L;
        PublishedVerdict imported = PublishedVerdict.imported(claim, new ExternalVerdict("Daily Checks",
                "https://checks.example", "https://checks.example/tap-water", "Incorrect. Tap water is tested…",
                "Incorrect. Tap water is tested daily and is safe.", null, null, null, null, "Ann Reporter",
                Instant.parse("2024-02-01T08:00:00Z"), "2024-02-01T08:00:00Z"), "key", null, Instant.parse("2024-03-01T09:00:00Z"));
        Publisher ours = new Publisher("Factdesk", "https://desk.example", "https://desk.example");

        Map<String, Object> review = ClaimReviewMapper.toJsonLd(claim, imported, imported, ours);

        assertThat(review.get("url")).isEqualTo("https://checks.example/tap-water");
        assertThat(review.get("author")).isEqualTo(Map.of("@type", "Organization", "name", "Daily Checks",
                "url", "https://checks.example"));
        assertThat(review.get("datePublished")).isEqualTo("2024-02-01");
        assertThat((Map<String, Object>) review.get("reviewRating")).containsEntry("alternateName",
                "Incorrect. Tap water is tested daily and is safe.").doesNotContainKeys("ratingValue", "ratingExplanation");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImportedFactCheckWithoutUrlHasNoneRatherThanOurs() {
        Claim claim = new Claim("Tap water is radioactive.", new Claimant("Viral post", ClaimantKind.PERSON, null),
                Instant.parse("2024-03-01T09:00:00Z"));
        claim.id = 8L;
        PublishedVerdict imported = PublishedVerdict.imported(claim, new ExternalVerdict("Daily Checks", null, null,
                "2/5", null, 2, null, null, "Tested daily.", "Daily Checks", null, null), "key", null,
                Instant.parse("2024-03-01T09:00:00Z"));

        Map<String, Object> review = ClaimReviewMapper.toJsonLd(claim, imported, imported,
                new Publisher("Factdesk", "https://desk.example", "https://desk.example"));

        assertThat(review).doesNotContainKey("url");
        assertThat(review.get("author")).isEqualTo(Map.of("@type", "Organization", "name", "Daily Checks"));
        assertThat((Map<String, Object>) review.get("reviewRating")).containsEntry("alternateName", "2/5")
                .containsEntry("ratingValue", 2).containsEntry("ratingExplanation", "Tested daily.");
        assertThat(imported.publishedAt).as("published when imported, as they gave no date")
                .isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongClaimIsCutInClaimReviewedAndCarriedWholeInTheReviewedItemsText() {
        String whole = "The council said that rents in the city centre rose by forty percent in the two years after "
                + "the new parking rules, while wages stayed where they were.";
        Claim claim = new Claim(whole, new Claimant("City Council", ClaimantKind.ORGANISATION, null),
                Instant.parse("2024-03-01T09:00:00Z"));
        claim.id = 9L;
        PublishedVerdict published = new PublishedVerdict(claim, 1, new RatingLabel("False", 1, "Not true.", 1), 5, 1,
                "Rents rose by a tenth.", "The rent register shows it.", "rita", null,
                Instant.parse("2024-03-02T09:00:00Z"), null);

        Map<String, Object> review = ClaimReviewMapper.toJsonLd(claim, published, published,
                new Publisher("Factdesk", "https://desk.example", "https://desk.example"));

        assertThat((String) review.get("claimReviewed")).hasSizeLessThanOrEqualTo(ClaimReviewMapper.CLAIM_REVIEWED_MAX)
                .endsWith("…");
        assertThat((Map<String, Object>) review.get("itemReviewed")).containsEntry("text", whole);
    }
}
