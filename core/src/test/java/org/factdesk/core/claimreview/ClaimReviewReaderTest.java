package org.factdesk.core.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.claimreview.ClaimReviewRecord.Readable;
import org.factdesk.core.claimreview.ClaimReviewRecord.Unreadable;
import org.factdesk.core.verdict.ExternalVerdict;
import org.factdesk.core.verdict.PublishedVerdict;
import org.junit.jupiter.api.Test;

class ClaimReviewReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** As Google's structured-data documentation shows it. */
    private static final String GOOGLE_EXAMPLE = """
            {
              "@context": "https://schema.org",
              "@type": "ClaimReview",
              "url": "https://example.com/news/science/worldisflat.html",
              "claimReviewed": "The world is flat",
              "itemReviewed": {
                "@type": "Claim",
                "author": {
                  "@type": "Organization",
                  "name": "The Ancient Flat Earth Society",
                  "sameAs": "https://example.flatworlders.com/we-know-that-the-world-is-flat"
                },
                "datePublished": "2016-06-20",
                "appearance": {
                  "@type": "OpinionNewsArticle",
                  "url": "https://example.flatworlders.com/we-know-that-the-world-is-flat",
                  "headline": "We Know The World Is Flat",
                  "datePublished": "2016-06-22",
                  "author": {"@type": "Person", "name": "T. Tellitall"}
                }
              },
              "author": {"@type": "Organization", "name": "Example.com science watch", "url": "https://example.com"},
              "datePublished": "2016-06-23",
              "reviewRating": {
                "@type": "Rating",
                "ratingValue": "1",
                "bestRating": "5",
                "worstRating": "1",
                "alternateName": "False",
                "ratingExplanation": "Satellite images show a sphere."
              }
            }
            """;

    // ---- one record, every field ----

    @Test
    void googlesExampleIsReadWithEveryField() {
        ImportedClaimReview review = readOne(GOOGLE_EXAMPLE);

        assertThat(review.claimText()).isEqualTo("The world is flat");
        assertThat(review.claimant()).isEqualTo("The Ancient Flat Earth Society");
        assertThat(review.claimantKind()).isEqualTo(ClaimantKind.ORGANISATION);
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2016, 6, 20));
        assertThat(review.appearanceUrl()).isEqualTo("https://example.flatworlders.com/we-know-that-the-world-is-flat");
        ExternalVerdict verdict = review.verdict();
        assertThat(verdict.publisher()).isEqualTo("Example.com science watch");
        assertThat(verdict.publisherUrl()).isEqualTo("https://example.com");
        assertThat(verdict.url()).isEqualTo("https://example.com/news/science/worldisflat.html");
        assertThat(verdict.ratingName()).isEqualTo("False");
        assertThat(verdict.ratingAsGiven()).isEqualTo("False");
        assertThat(verdict.ratingValue()).isEqualTo(1);
        assertThat(verdict.bestRating()).isEqualTo(5);
        assertThat(verdict.worstRating()).isEqualTo(1);
        assertThat(verdict.explanation()).isEqualTo("Satellite images show a sphere.");
        assertThat(verdict.authors()).isEqualTo("Example.com science watch");
        assertThat(verdict.publishedAt()).isEqualTo(Instant.parse("2016-06-23T00:00:00Z"));
    }

    // ---- @type and @context ----

    @Test
    void typeMayBeAStringOrAnArray() {
        assertThat(readOne(GOOGLE_EXAMPLE.replace("\"@type\": \"ClaimReview\"", "\"@type\": [\"ClaimReview\"]"))
                .claimText()).isEqualTo("The world is flat");
        assertThat(readOne(GOOGLE_EXAMPLE.replace("\"@type\": \"ClaimReview\"", "\"@type\": \"schema:ClaimReview\""))
                .claimText()).isEqualTo("The world is flat");
    }

    @Test
    void contextMayBeHttpHttpsOrAbsent() {
        String https = GOOGLE_EXAMPLE;
        String http = GOOGLE_EXAMPLE.replace("https://schema.org", "http://schema.org");
        String absent = GOOGLE_EXAMPLE.replace("\"@context\": \"https://schema.org\",", "");

        for (String document : List.of(https, http, absent)) {
            assertThat(readOne(document).verdict().ratingName()).as(document).isEqualTo("False");
        }
    }

    // ---- ratings ----

    @Test
    void ratingNumbersMayBeNumbersOrNumericStrings() {
        ExternalVerdict numbers = readOne(withRating("""
                {"@type": "Rating", "ratingValue": 2, "bestRating": 6, "worstRating": 1, "alternateName": "Mostly False"}
                """)).verdict();
        ExternalVerdict strings = readOne(withRating("""
                {"@type": "Rating", "ratingValue": " 2.0 ", "bestRating": "6", "worstRating": "1", "alternateName": "Mostly False"}
                """)).verdict();

        for (ExternalVerdict verdict : List.of(numbers, strings)) {
            assertThat(verdict.ratingValue()).isEqualTo(2);
            assertThat(verdict.bestRating()).isEqualTo(6);
            assertThat(verdict.worstRating()).isEqualTo(1);
            assertThat(verdict.ratingName()).isEqualTo("Mostly False");
        }
    }

    @Test
    void missingRatingNumbersAreLeftEmpty() {
        ExternalVerdict verdict = readOne(withRating("""
                {"@type": "Rating", "alternateName": "Missing context"}
                """)).verdict();

        assertThat(verdict.ratingName()).isEqualTo("Missing context");
        assertThat(verdict.ratingValue()).isNull();
        assertThat(verdict.bestRating()).isNull();
        assertThat(verdict.worstRating()).isNull();
    }

    @Test
    void aNumericRatingWithoutAlternateNameIsLabelledValueOverBest() {
        ExternalVerdict verdict = readOne(withRating("""
                {"@type": "Rating", "ratingValue": "2", "bestRating": "6", "worstRating": "1"}
                """)).verdict();

        assertThat(verdict.ratingName()).isEqualTo("2/6");
        assertThat(verdict.ratingAsGiven()).as("they gave no label").isNull();
        assertThat(verdict.ratingValue()).isEqualTo(2);
    }

    @Test
    void aNumericRatingWithoutBestRatingIsOutOfFiveAsSchemaOrgAssumes() {
        ExternalVerdict verdict = readOne(withRating("""
                {"@type": "Rating", "ratingValue": 4}
                """)).verdict();

        assertThat(verdict.ratingName()).isEqualTo("4/5");
        assertThat(verdict.bestRating()).isNull();
    }

    @Test
    void aWordWhereTheNumberBelongsIsTakenAsTheLabel() {
        ExternalVerdict verdict = readOne(withRating("""
                {"@type": "Rating", "ratingValue": "Pants on Fire"}
                """)).verdict();

        assertThat(verdict.ratingName()).isEqualTo("Pants on Fire");
        assertThat(verdict.ratingValue()).isNull();
    }

    @Test
    void aLongLabelIsShortenedForListsAndKeptWhole() {
        String sentence = "Incorrect. The figures published by the statistics office last spring show that "
                + "unemployment rose over the period, not that it fell by half as the post says.";
        ExternalVerdict verdict = readOne(withRating("{\"@type\": \"Rating\", \"alternateName\": \"" + sentence + "\"}"))
                .verdict();

        assertThat(verdict.ratingName()).hasSizeLessThanOrEqualTo(PublishedVerdict.RATING_NAME_LENGTH)
                .startsWith("Incorrect. The figures").endsWith("…");
        assertThat(verdict.ratingAsGiven()).isEqualTo(sentence);
    }

    // ---- the reviewed item and its author ----

    @Test
    void anItemReviewedOfTypeCreativeWorkGivesClaimantDateAndAppearance() {
        ImportedClaimReview review = readOne(withItem("""
                {
                  "@type": "CreativeWork",
                  "author": {"@type": "Person", "name": "Jane Senator", "jobTitle": "Senator"},
                  "datePublished": "2019-03-04",
                  "sameAs": "https://video.example/watch?v=abc123"
                }
                """));

        assertThat(review.claimant()).isEqualTo("Jane Senator");
        assertThat(review.claimantKind()).isEqualTo(ClaimantKind.PERSON);
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(review.appearanceUrl()).isEqualTo("https://video.example/watch?v=abc123");
    }

    @Test
    void withoutItemReviewedClaimReviewedIsTheClaimAndNobodyIsCredited() {
        ImportedClaimReview review = readOne("""
                {"@type": "ClaimReview", "claimReviewed": "Drinking hot water cures the flu.",
                 "author": {"@type": "Organization", "name": "Health Checkers"},
                 "reviewRating": {"@type": "Rating", "alternateName": "False"}}
                """);

        assertThat(review.claimText()).isEqualTo("Drinking hot water cures the flu.");
        assertThat(review.claimant()).isEqualTo(ImportedClaimReview.UNATTRIBUTED);
        assertThat(review.appearanceUrl()).isNull();
        assertThat(review.claimDate()).isNull();
    }

    @Test
    void withoutClaimReviewedTheReviewedItemsTextIsTheClaim() {
        ImportedClaimReview review = readOne("""
                {"@type": "ClaimReview",
                 "itemReviewed": {"@type": "Claim", "text": "The bridge cost twice its budget."},
                 "author": {"@type": "Organization", "name": "Budget Watch"},
                 "reviewRating": {"@type": "Rating", "alternateName": "True"}}
                """);

        assertThat(review.claimText()).isEqualTo("The bridge cost twice its budget.");
    }

    @Test
    void theClaimsAuthorMayBeAStringAnObjectOrAnArray() {
        String asString = withItem("{\"@type\": \"Claim\", \"author\": \"Viral Facebook post\"}");
        String asObject = withItem("{\"@type\": \"Claim\", \"author\": {\"@type\": \"Person\", \"name\": \"Viral Facebook post\"}}");
        String asArray = withItem("""
                {"@type": "Claim", "author": [{"@type": "Person"}, {"@type": "Person", "name": "Viral Facebook post"}, "Somebody else"]}
                """);

        for (String document : List.of(asString, asObject, asArray)) {
            assertThat(readOne(document).claimant()).as(document).isEqualTo("Viral Facebook post");
        }
    }

    @Test
    void appearanceMayBeAUrlAnObjectOrAnArrayAndFirstAppearanceComesFirst() {
        String asString = withItem("{\"@type\": \"Claim\", \"appearance\": \"https://social.example/post/1\"}");
        String asObject = withItem("{\"@type\": \"Claim\", \"appearance\": {\"@type\": \"CreativeWork\", \"url\": \"https://social.example/post/1\"}}");
        String asArray = withItem("""
                {"@type": "Claim", "appearance": ["not a link", {"@type": "CreativeWork", "url": "https://social.example/post/1"},
                 "https://social.example/post/2"]}
                """);
        String withFirst = withItem("""
                {"@type": "Claim", "appearance": ["https://social.example/post/2"],
                 "firstAppearance": {"@type": "CreativeWork", "url": "https://social.example/post/1"}}
                """);

        for (String document : List.of(asString, asObject, asArray, withFirst)) {
            assertThat(readOne(document).appearanceUrl()).as(document).isEqualTo("https://social.example/post/1");
        }
    }

    // ---- dates ----

    @Test
    void datesMayBeDatesOrDateTimesWithOffsets() {
        ImportedClaimReview withOffsets = readOne(GOOGLE_EXAMPLE
                .replace("\"datePublished\": \"2016-06-23\"", "\"datePublished\": \"2020-09-28T10:00:00+02:00\"")
                .replace("\"datePublished\": \"2016-06-20\"", "\"datePublished\": \"2020-09-27T23:30:00-05:00\""));

        assertThat(withOffsets.verdict().publishedAt()).isEqualTo(Instant.parse("2020-09-28T08:00:00Z"));
        assertThat(withOffsets.claimDate()).as("the day where it was said").isEqualTo(LocalDate.of(2020, 9, 27));
    }

    @Test
    void dateTimesWithoutAnOffsetAreUtcAndOffsetsWithoutAColonAreRead() {
        assertThat(GivenDates.read("2020-09-28T10:00:00").orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2020-09-28T10:00:00Z"));
        assertThat(GivenDates.read("2020-09-28T10:00:00.000+0200").orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2020-09-28T08:00:00Z"));
        assertThat(GivenDates.read("2020-09-28 10:00:00Z").orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2020-09-28T10:00:00Z"));
        assertThat(GivenDates.read("last Tuesday")).isEmpty();
    }

    @Test
    void anUnreadableDateIsLeftOutRatherThanFailingTheRecord() {
        ImportedClaimReview review = readOne(GOOGLE_EXAMPLE.replace("\"2016-06-23\"", "\"yesterday\""));

        assertThat(review.verdict().publishedAt()).isNull();
    }

    // ---- the fact-checker ----

    @Test
    void theFactCheckerMayBeOneAuthorOrAnArrayWithTheOrganisationAmongThem() {
        ExternalVerdict verdict = readOne(GOOGLE_EXAMPLE.replace(
                "\"author\": {\"@type\": \"Organization\", \"name\": \"Example.com science watch\", \"url\": \"https://example.com\"}",
                """
                "author": [{"@type": "Person", "name": "Ann Reporter"},
                           {"@type": ["Organization", "NewsMediaOrganization"], "name": "Daily Checks", "url": "https://checks.example"}]
                """)).verdict();

        assertThat(verdict.publisher()).isEqualTo("Daily Checks");
        assertThat(verdict.publisherUrl()).isEqualTo("https://checks.example");
        assertThat(verdict.authors()).isEqualTo("Ann Reporter, Daily Checks");
    }

    @Test
    void anExplicitPublisherIsTheFactCheckerAndPersonAuthorsAreTheAuthors() {
        ExternalVerdict verdict = readOne(GOOGLE_EXAMPLE.replace(
                "\"author\": {\"@type\": \"Organization\", \"name\": \"Example.com science watch\", \"url\": \"https://example.com\"}",
                "\"author\": {\"@type\": \"Person\", \"name\": \"Ann Reporter\"}, \"publisher\": {\"@type\": \"Organization\", \"name\": \"Daily Checks\"}"))
                .verdict();

        assertThat(verdict.publisher()).isEqualTo("Daily Checks");
        assertThat(verdict.publisherUrl()).isNull();
        assertThat(verdict.authors()).isEqualTo("Ann Reporter");
    }

    // ---- document shapes ----

    @Test
    void anArrayIsReadRecordByRecordInOrder() {
        List<ClaimReviewRecord> records = read("[" + GOOGLE_EXAMPLE + ", " + claimReview("Second claim", "Checker B")
                + ", " + claimReview("Third claim", "Checker C") + "]");

        assertThat(records).extracting(ClaimReviewRecord::index).containsExactly(0, 1, 2);
        assertThat(records).map(r -> ((Readable) r).review().claimText())
                .containsExactly("The world is flat", "Second claim", "Third claim");
    }

    @Test
    void aPagesGraphYieldsItsClaimReviewsAndResolvesReferences() {
        List<ClaimReviewRecord> records = read("""
                {
                  "@context": "https://schema.org",
                  "@graph": [
                    {"@type": "WebPage", "@id": "https://checks.example/a#page", "name": "A fact-check"},
                    {"@type": "Organization", "@id": "https://checks.example/#org", "name": "Daily Checks", "url": "https://checks.example"},
                    {"@type": "ClaimReview", "@id": "https://checks.example/a#review",
                     "url": "https://checks.example/a", "claimReviewed": "Tap water is radioactive.",
                     "author": {"@id": "https://checks.example/#org"},
                     "reviewRating": {"@type": "Rating", "alternateName": "False"}}
                  ]
                }
                """);

        assertThat(records).hasSize(1);
        ExternalVerdict verdict = ((Readable) records.get(0)).review().verdict();
        assertThat(verdict.publisher()).isEqualTo("Daily Checks");
        assertThat(verdict.publisherUrl()).isEqualTo("https://checks.example");
    }

    @Test
    void aDataFeedYieldsClaimReviewElementsAndItemsHoldingOneOrMany() {
        List<ClaimReviewRecord> records = read("""
                {
                  "@context": "http://schema.org",
                  "@type": "DataFeed",
                  "dataFeedElement": [
                    %s,
                    {"@type": "DataFeedItem", "dateCreated": "2020-09-28T10:00:00+02:00", "item": %s},
                    {"@type": "DataFeedItem", "item": [%s, %s]}
                  ]
                }
                """.formatted(claimReview("First", "A"), claimReview("Second", "B"), claimReview("Third", "C"),
                claimReview("Fourth", "D")));

        assertThat(records).map(r -> ((Readable) r).review().claimText())
                .containsExactly("First", "Second", "Third", "Fourth");
    }

    @Test
    void anEmptyFeedHasNoRecords() {
        assertThat(read("{\"@type\": \"DataFeed\", \"dataFeedElement\": []}")).isEmpty();
        assertThat(read("[]")).isEmpty();
    }

    @Test
    void aDocumentThatIsNotAnObjectOrArrayIsRefused() {
        assertThatThrownBy(() -> ClaimReviewReader.read(JSON.getNodeFactory().textNode("ClaimReview")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID))
                .hasMessageContaining("DataFeed");
    }

    @Test
    void aThousandRecordsAreReadAndOneMoreIsRefused() {
        ArrayNode thousand = JSON.createArrayNode();
        for (int i = 0; i < ClaimReviewReader.MAX_RECORDS; i++) {
            thousand.add(tree(claimReview("Claim " + i, "Checker")));
        }
        assertThat(ClaimReviewReader.read(thousand)).hasSize(ClaimReviewReader.MAX_RECORDS);

        thousand.add(tree(claimReview("One too many", "Checker")));
        assertThatThrownBy(() -> ClaimReviewReader.read(thousand))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID))
                .hasMessageContaining("at most 1000");
    }

    // ---- records that cannot be kept ----

    @Test
    void aRecordWithoutClaimFailsWithTheReason() {
        assertThat(failure("""
                {"@type": "ClaimReview", "itemReviewed": {"@type": "CreativeWork", "name": "A video"},
                 "author": {"@type": "Organization", "name": "Checker"}, "reviewRating": {"alternateName": "False"}}
                """)).isEqualTo("It names no claim: give claimReviewed, or itemReviewed with a text.");
    }

    @Test
    void aClaimReviewedCutWithAnEllipsisGivesWayToTheWholeClaimInTheReviewedItem() {
        String whole = "Rents in the city centre rose by forty percent in the two years after the new parking rules.";
        ImportedClaimReview review = readOne("""
                {"@type": "ClaimReview", "claimReviewed": "Rents in the city centre rose by forty percent in the two years after…",
                 "itemReviewed": {"@type": "Claim", "text": "%s"},
                 "author": {"@type": "Organization", "name": "Checker"}, "reviewRating": {"alternateName": "False"}}
                """.formatted(whole));

        assertThat(review.claimText()).isEqualTo(whole);
    }

    @Test
    void aClaimReviewedThatIsNotCutIsKeptEvenWhenTheItemSaysMore() {
        ImportedClaimReview review = readOne("""
                {"@type": "ClaimReview", "claimReviewed": "Cats can see radio waves.",
                 "itemReviewed": {"@type": "Claim", "text": "Cats can see radio waves, a viral post says."},
                 "author": {"@type": "Organization", "name": "Checker"}, "reviewRating": {"alternateName": "False"}}
                """);

        assertThat(review.claimText()).isEqualTo("Cats can see radio waves.");
    }

    @Test
    void aRecordWithoutRatingFailsWithTheReason() {
        assertThat(failure("""
                {"@type": "ClaimReview", "claimReviewed": "Cats can see radio waves.",
                 "author": {"@type": "Organization", "name": "Checker"}, "reviewRating": {"@type": "Rating", "bestRating": 5}}
                """)).isEqualTo("It has no rating: give reviewRating with an alternateName or a ratingValue.");
    }

    @Test
    void aRecordWithoutFactCheckerFailsWithTheReason() {
        assertThat(failure("""
                {"@type": "ClaimReview", "claimReviewed": "Cats can see radio waves.",
                 "author": {"@type": "Organization", "description": "A checker"}, "reviewRating": {"alternateName": "False"}}
                """)).isEqualTo("It names no fact-checker: give author (or publisher) with a name or a url.");
    }

    @Test
    void aRecordMissingEverythingGivesEveryReason() {
        assertThat(failure("{\"@type\": \"ClaimReview\"}"))
                .contains("names no claim").contains("has no rating").contains("names no fact-checker");
    }

    @Test
    void aRecordOfAnotherTypeOrNotAnObjectFails() {
        List<ClaimReviewRecord> records = read("[{\"@type\": \"NewsArticle\", \"headline\": \"Hi\"}, \"ClaimReview\", null]");

        assertThat(records).map(r -> ((Unreadable) r).reason()).containsExactly(
                "It is a NewsArticle, not a ClaimReview, and holds none.",
                "It is not a JSON object, so it cannot be a ClaimReview.",
                "It is not a JSON object, so it cannot be a ClaimReview.");
    }

    @Test
    void aClaimLongerThanTheDeskKeepsFails() {
        assertThat(failure(claimReview("x".repeat(2001), "Checker"))).contains("2001 characters");
    }

    @Test
    void goodRecordsAreReadEvenWhenOthersFail() {
        List<ClaimReviewRecord> records = read("[" + claimReview("Good one", "A") + ", {\"@type\": \"ClaimReview\"}, "
                + claimReview("Good two", "B") + "]");

        assertThat(records).map(r -> r.getClass().getSimpleName()).containsExactly("Readable", "Unreadable", "Readable");
    }

    // ---- what makes two imports the same ----

    @Test
    void theSamePublisherUrlAndClaimIsTheSameFactCheckButAnotherClaimUnderThatUrlIsNot() {
        ImportedClaimReview first = readOne(GOOGLE_EXAMPLE);
        ImportedClaimReview respelled = readOne(GOOGLE_EXAMPLE.replace("The world is flat", "the world  is FLAT")
                .replace("Example.com science watch", "EXAMPLE.COM  Science Watch"));
        ImportedClaimReview secondClaimOnThePage = readOne(GOOGLE_EXAMPLE.replace("The world is flat", "The Earth is a disc"));

        assertThat(respelled.importKey()).isEqualTo(first.importKey()).hasSize(64);
        assertThat(secondClaimOnThePage.importKey()).isNotEqualTo(first.importKey());
        assertThat(secondClaimOnThePage.earlierImportKey()).as("the key of imports kept before").isEqualTo(first.earlierImportKey());
        assertThat(secondClaimOnThePage.isClaimOf("The world is flat")).isFalse();
    }

    @Test
    void withoutUrlTheSamePublisherAndClaimIsTheSameFactCheck() {
        String withoutUrl = GOOGLE_EXAMPLE.replace("\"url\": \"https://example.com/news/science/worldisflat.html\",", "");

        assertThat(readOne(withoutUrl.replace("The world is flat", "the world  is FLAT")).importKey())
                .isEqualTo(readOne(withoutUrl).importKey());
        assertThat(readOne(withoutUrl.replace("The world is flat", "The world is round")).importKey())
                .isNotEqualTo(readOne(withoutUrl).importKey());
        assertThat(readOne(withoutUrl.replace("Example.com science watch", "Other checker")).importKey())
                .isNotEqualTo(readOne(withoutUrl).importKey());
    }

    @Test
    void theLanguageIsTakenWhenGivenAsATag() {
        assertThat(readOne(GOOGLE_EXAMPLE.replace("\"claimReviewed\"", "\"inLanguage\": \"pt-BR\", \"claimReviewed\""))
                .language()).isEqualTo("pt-BR");
        assertThat(readOne(GOOGLE_EXAMPLE.replace("\"claimReviewed\"",
                "\"inLanguage\": {\"@type\": \"Language\", \"name\": \"German\", \"alternateName\": \"de\"}, \"claimReviewed\""))
                .language()).isEqualTo("de");
        assertThat(readOne(GOOGLE_EXAMPLE).language()).isNull();
    }

    // ---- helpers ----

    private static String claimReview(String claim, String checker) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "%s",
                 "author": {"@type": "Organization", "name": "%s"},
                 "reviewRating": {"@type": "Rating", "ratingValue": "1", "alternateName": "False"}}
                """.formatted(claim, checker);
    }

    private static String withRating(String rating) {
        return """
                {"@type": "ClaimReview", "claimReviewed": "Unemployment fell by half.",
                 "author": {"@type": "Organization", "name": "Checker"}, "reviewRating": %s}
                """.formatted(rating);
    }

    private static String withItem(String item) {
        return """
                {"@type": "ClaimReview", "claimReviewed": "Unemployment fell by half.",
                 "author": {"@type": "Organization", "name": "Checker"},
                 "reviewRating": {"@type": "Rating", "alternateName": "False"}, "itemReviewed": %s}
                """.formatted(item);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("Test JSON does not parse: " + json, e);
        }
    }

    private static List<ClaimReviewRecord> read(String json) {
        return ClaimReviewReader.read(tree(json));
    }

    private static ImportedClaimReview readOne(String json) {
        List<ClaimReviewRecord> records = read(json);
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).isInstanceOf(Readable.class);
        return ((Readable) records.get(0)).review();
    }

    private static String failure(String json) {
        List<ClaimReviewRecord> records = read(json);
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).isInstanceOf(Unreadable.class);
        return ((Unreadable) records.get(0)).reason();
    }

    // ---- real feeds' shapes, kept as published ----

    @Test
    void aClaimReviewNestedInAPagesMainEntityOrReviewIsFound() {
        String page = """
                {"@context": "https://schema.org", "@type": "WebPage", "url": "https://example.com/page",
                 "mainEntity": {"@type": "Article", "headline": "Flat?", "review": %s}}
                """.formatted(GOOGLE_EXAMPLE.replace("\"@context\": \"https://schema.org\",", ""));
        String graph = "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebPage\", \"mainEntity\": "
                + GOOGLE_EXAMPLE + "}]}";

        assertThat(readOne(page).claimText()).isEqualTo("The world is flat");
        assertThat(readOne(graph).claimText()).isEqualTo("The world is flat");
        assertThat(read("{\"@type\": \"WebPage\", \"name\": \"No review here\"}").get(0))
                .isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.reason()).contains("WebPage").contains("holds none"));
    }

    @Test
    void theRecordIsKeptAsWrittenWithItsHeadlineLanguageAuthorsAndFullClaim() throws Exception {
        String longClaim = "A claim far longer than one line of a search result, as other fact-checkers write them, "
                + "with every word of it kept";
        String record = GOOGLE_EXAMPLE.replace("The world is flat", longClaim)
                .replace("\"claimReviewed\"", "\"headline\": \"Is the world flat?\", \"inLanguage\": \"pt-BR\", \"claimReviewed\"")
                .replace("\"author\": {\"@type\": \"Organization\", \"name\": \"Example.com science watch\", \"url\": \"https://example.com\"}",
                        "\"author\": [{\"@type\": \"Person\", \"name\": \"Ann Checker\"}], "
                                + "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Example.com\", \"url\": \"https://example.com\"}")
                .replace("\"datePublished\": \"2016-06-23\"", "\"datePublished\": \"2022-09-01T22:06:09-03:00\"");

        ImportedClaimReview review = readOne(record);
        JsonNode kept = JSON.readTree(review.asPublished());

        assertThat(kept).isEqualTo(JSON.readTree(record));
        assertThat(review.warnings()).isEmpty();
        assertThat(review.claimText()).isEqualTo(longClaim);
        assertThat(review.verdict().publisher()).isEqualTo("Example.com");
        assertThat(review.verdict().datePublishedAsGiven()).isEqualTo("2022-09-01T22:06:09-03:00");
        assertThat(review.verdict().publishedAt()).isEqualTo(Instant.parse("2022-09-02T01:06:09Z"));
    }

    @Test
    void referencesToOtherNodesOfThePageAreWrittenOutInTheKeptRecord() throws Exception {
        String graph = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "@id": "#checker", "name": "Example checks", "url": "https://checks.example"},
                  {"@type": "ClaimReview", "url": "https://checks.example/1", "claimReviewed": "Flat",
                   "author": {"@id": "#checker"}, "reviewRating": {"@type": "Rating", "alternateName": "False"}}]}
                """;

        JsonNode kept = JSON.readTree(readOne(graph).asPublished());

        assertThat(kept.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(kept.get("author").get("name").asText()).isEqualTo("Example checks");
    }

    @Test
    void anAuthorKnownOnlyByItsAddressIsThatFactChecker() {
        ImportedClaimReview review = readOne(GOOGLE_EXAMPLE.replace(
                "\"author\": {\"@type\": \"Organization\", \"name\": \"Example.com science watch\", \"url\": \"https://example.com\"}",
                "\"author\": {\"@type\": \"Organization\", \"url\": \"https://www.factly.example/\"}"));

        assertThat(review.verdict().publisher()).isEqualTo("factly.example");
        assertThat(review.verdict().publisherUrl()).isEqualTo("https://www.factly.example/");
        assertThat(review.publisherKnownByUrlOnly()).isTrue();
    }

    @Test
    void aRelativeOrSchemelessUrlIsResolvedAgainstThePublisherAndReported() throws Exception {
        String relative = GOOGLE_EXAMPLE.replace("\"https://example.com/news/science/worldisflat.html\"", "\"/news/flat.html\"");
        String schemeless = GOOGLE_EXAMPLE.replace("\"https://example.com/news/science/worldisflat.html\"",
                "\"www.example.com/news/flat.html\"");

        ImportedClaimReview resolved = readOne(relative);
        ImportedClaimReview withScheme = readOne(schemeless);

        assertThat(resolved.verdict().url()).isEqualTo("https://example.com/news/flat.html");
        assertThat(JSON.readTree(resolved.asPublished()).get("url").asText()).isEqualTo("https://example.com/news/flat.html");
        assertThat(resolved.warnings()).singleElement().asString().contains("/news/flat.html").contains("https://example.com/news/flat.html");
        assertThat(withScheme.verdict().url()).isEqualTo("https://www.example.com/news/flat.html");
    }

    @Test
    void aRelativeUrlWithNoPublisherAddressToResolveItAgainstIsRefusedWithTheReason() {
        String record = GOOGLE_EXAMPLE.replace("\"https://example.com/news/science/worldisflat.html\"", "\"news/flat.html\"")
                .replace(", \"url\": \"https://example.com\"}", "}");

        assertThat(read(record).get(0)).isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.reason()).contains("\"news/flat.html\" is relative").contains("full address"));
        assertThat(read(GOOGLE_EXAMPLE.replace("\"https://example.com/news/science/worldisflat.html\"", "\"javascript:alert(1)\""))
                .get(0)).isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.reason()).contains("not a web address"));
    }

    @Test
    void lenientDatesAreReadInTheirOwnOffset() {
        assertThat(GivenDates.day("2021-7-16")).contains(LocalDate.of(2021, 7, 16));
        assertThat(GivenDates.read("2020-06-22T12:26:08+5:30").orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2020-06-22T06:56:08Z"));
        assertThat(GivenDates.read("2020-06-22T9:26:08+0530").orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2020-06-22T03:56:08Z"));
        assertThat(GivenDates.day("2 April 2018")).contains(LocalDate.of(2018, 4, 2));
        assertThat(GivenDates.day("April 2nd, 2018")).contains(LocalDate.of(2018, 4, 2));
        assertThat(GivenDates.day("20210716")).contains(LocalDate.of(2021, 7, 16));
        assertThat(GivenDates.day("2022-09-01T22:06:09-03:00")).as("the day where it was written").contains(LocalDate.of(2022, 9, 1));
        assertThat(GivenDates.read("31 February 2018")).isEmpty();
    }

    @Test
    void aMissingOrUnreadableDateStaysMissingAndTheUnreadableOneIsReported() throws Exception {
        ImportedClaimReview missing = readOne(GOOGLE_EXAMPLE.replace("\"datePublished\": \"2016-06-23\",", ""));
        ImportedClaimReview unreadable = readOne(GOOGLE_EXAMPLE.replace("\"2016-06-23\"", "\"last Tuesday\""));

        assertThat(missing.verdict().publishedAt()).isNull();
        assertThat(missing.verdict().datePublishedAsGiven()).isNull();
        assertThat(JSON.readTree(missing.asPublished()).has("datePublished")).isFalse();
        assertThat(unreadable.verdict().publishedAt()).isNull();
        assertThat(unreadable.warnings()).singleElement().asString().contains("last Tuesday");
        assertThat(JSON.readTree(unreadable.asPublished()).get("datePublished").asText()).isEqualTo("last Tuesday");
    }

    @Test
    void aRatingScaleThatIsNoScaleIsLeftOutKeepingTheNameAndReported() throws Exception {
        ImportedClaimReview upsideDown = readOne(withRating("""
                {"@type": "Rating", "ratingValue": 1, "bestRating": -1, "worstRating": 0, "alternateName": "False"}
                """));
        ImportedClaimReview fromZero = readOne(withRating("""
                {"@type": "Rating", "ratingValue": 0, "bestRating": 5, "worstRating": 0, "alternateName": "False"}
                """));

        for (ImportedClaimReview review : List.of(upsideDown, fromZero)) {
            assertThat(review.verdict().ratingName()).isEqualTo("False");
            assertThat(review.verdict().bestRating()).isNull();
            assertThat(review.verdict().ratingValue()).isNull();
            assertThat(review.warnings()).singleElement().asString().contains("not a scale");
            JsonNode rating = JSON.readTree(review.asPublished()).get("reviewRating");
            assertThat(rating.has("bestRating") || rating.has("worstRating") || rating.has("ratingValue")).isFalse();
            assertThat(rating.get("alternateName").asText()).isEqualTo("False");
        }
    }

    @Test
    void aScaleWithOnlyItsBestEndGetsSchemaOrgsWorstOfOneWrittenOut() throws Exception {
        ImportedClaimReview review = readOne(withRating("""
                {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "alternateName": "Mostly false"}
                """));

        assertThat(review.verdict().worstRating()).isEqualTo(1);
        assertThat(review.warnings()).singleElement().asString().contains("no worstRating");
        assertThat(JSON.readTree(review.asPublished()).get("reviewRating").get("worstRating").asInt()).isEqualTo(1);
    }

    @Test
    void aRatingWithoutANameWhoseNumbersAreNoScaleIsRefused() {
        assertThat(read(withRating("{\"@type\": \"Rating\", \"ratingValue\": 3, \"bestRating\": 2, \"worstRating\": 1}")).get(0))
                .isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.reason()).contains("give alternateName"));
    }
}
