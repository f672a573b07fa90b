package org.factdesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.PROBLEM_JSON;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimReviewImportTest {

    static final String IMPORTS = "/api/v1/imports/claimreview";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** Three good records in the shapes real feeds use, and one without a rating, as a schema.org DataFeed. */
    private record Feed(String json, List<String> claims, List<String> urls, String checker) {
    }

    private static Feed feedWithThreeGoodAndOneBad() {
        int n = SERIAL.incrementAndGet();
        String checker = "Import Checkers " + n + "-" + System.nanoTime();
        List<String> claims = List.of(Desk.uniqueText("Imported: wind farms cause drought"),
                Desk.uniqueText("Imported: the bridge cost twice its budget"),
                Desk.uniqueText("Imported: tap water is radioactive"));
        List<String> urls = List.of("https://checks.example/" + n + "/wind", "https://checks.example/" + n + "/bridge",
                "https://checks.example/" + n + "/water");
        String json = """
                {
                  "@context": "http://schema.org",
                  "@type": "DataFeed",
                  "dataFeedElement": [
                    {
                      "@context": "https://schema.org",
                      "@type": ["ClaimReview"],
                      "url": "%2$s",
                      "claimReviewed": "%3$s",
                      "datePublished": "2020-09-28T10:00:00+02:00",
                      "author": {"@type": "Organization", "name": "%1$s", "url": "https://checks.example"},
                      "itemReviewed": {
                        "@type": "Claim",
                        "author": {"@type": "Person", "name": "Senator Gale"},
                        "datePublished": "2020-09-20",
                        "firstAppearance": {"@type": "CreativeWork", "url": "https://video.example/gale-speech"}
                      },
                      "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "worstRating": "1",
                                       "alternateName": "False"}
                    },
                    {
                      "@type": "DataFeedItem",
                      "item": [{
                        "@type": "ClaimReview",
                        "url": "%4$s",
                        "claimReviewed": "%5$s",
                        "author": [{"@type": "Person", "name": "Ann Reporter"}, {"@type": "Organization", "name": "%1$s"}],
                        "itemReviewed": {"@type": "CreativeWork", "author": "City Hall",
                                         "sameAs": "https://city.example/press/17"},
                        "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 6}
                      }]
                    },
                    {
                      "@type": "DataFeedItem",
                      "item": {
                        "@type": "ClaimReview",
                        "url": "%6$s",
                        "claimReviewed": "%7$s",
                        "author": {"@type": "Organization", "name": "%1$s"},
                        "reviewRating": {"@type": "Rating", "alternateName": "Misleading"}
                      }
                    },
                    {
                      "@type": "ClaimReview",
                      "url": "https://checks.example/%8$d/unrated",
                      "claimReviewed": "A claim nobody rated (%8$d)",
                      "author": {"@type": "Organization", "name": "%1$s"}
                    }
                  ]
                }
                """.formatted(checker, urls.get(0), claims.get(0), urls.get(1), claims.get(1), urls.get(2), claims.get(2), n);
        return new Feed(json, claims, urls, checker);
    }

    private static JsonPath importAs(String username, String json) {
        Response response = as(username).body(json).post(IMPORTS);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath();
    }

    // ---- importing ----

    @Test
    void aDataFeedWithThreeGoodRecordsAndOneBadImportsThreeAndSaysWhyTheFourthFailed() {
        JsonPath report = importAs(EDNA, feedWithThreeGoodAndOneBad().json());

        assertThat(report.getInt("imported")).isEqualTo(3);
        assertThat(report.getInt("skipped")).isZero();
        assertThat(report.getInt("failed")).isEqualTo(1);
        assertThat(report.getList("records.index", Integer.class)).containsExactly(0, 1, 2, 3);
        assertThat(report.getList("records.status", String.class))
                .containsExactly("imported", "imported", "imported", "failed");
        assertThat(report.getList("records.claimId")).first().isNotNull();
        assertThat(report.getString("records[3].reason")).contains("no rating");
        assertThat(report.getMap("records[3]")).doesNotContainKey("claimId");
    }

    @Test
    void importedFactChecksAppearInTheFeedCreditedToTheirPublisherWithTheirUrl() {
        Feed feed = feedWithThreeGoodAndOneBad();
        importAs(EDNA, feed.json());

        Map<String, Object> wind = factCheckAt(feed.urls().get(0));
        assertThat(wind).as("in /api/v1/fact-checks").isNotNull();
        assertThat(wind.get("claimReviewed")).as("their claim, never cut").isEqualTo(feed.claims().get(0));
        assertThat(wind.get("author")).isEqualTo(Map.of("@type", "Organization", "name", feed.checker(),
                "url", "https://checks.example"));
        assertThat(wind.get("datePublished")).as("as they wrote it").isEqualTo("2020-09-28T10:00:00+02:00");
        assertThat(wind).doesNotContainKey("dateModified");
        @SuppressWarnings("unchecked")
        Map<String, Object> rating = (Map<String, Object>) wind.get("reviewRating");
        assertThat(rating).as("numbers as they wrote them").containsEntry("alternateName", "False").containsEntry("ratingValue", "1")
                .containsEntry("bestRating", "5").containsEntry("worstRating", "1");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) wind.get("itemReviewed");
        assertThat(item.get("author")).isEqualTo(Map.of("@type", "Person", "name", "Senator Gale"));
        assertThat(item.get("datePublished")).isEqualTo("2020-09-20");

        @SuppressWarnings("unchecked")
        Map<String, Object> bridgeRating = (Map<String, Object>) factCheckAt(feed.urls().get(1)).get("reviewRating");
        assertThat(bridgeRating).as("as written, with schema.org's worst of 1 written out")
                .containsEntry("ratingValue", 4).containsEntry("bestRating", 6).containsEntry("worstRating", 1)
                .doesNotContainKey("alternateName");
    }

    @Test
    void anImportedClaimIsPublishedWithItsClaimantAppearanceAndAnImportEvent() {
        long before = Desk.lastSeq();
        Feed feed = feedWithThreeGoodAndOneBad();
        long id = importAs(EDNA, feed.json()).getLong("records[0].claimId");

        JsonPath claim = Desk.read(EDNA, id);
        assertThat(claim.getString("state")).isEqualTo("PUBLISHED");
        assertThat(claim.getString("text")).isEqualTo(feed.claims().get(0));
        assertThat(claim.getString("claimant.name")).isEqualTo("Senator Gale");
        assertThat(claim.getString("claimDate")).isEqualTo("2020-09-20");
        assertThat(claim.getString("appearance")).isEqualTo("https://video.example/gale-speech");
        assertThat(claim.getString("publishedVersions[0].publisher")).isEqualTo(feed.checker());
        assertThat(claim.getString("publishedVersions[0].url")).isEqualTo(feed.urls().get(0));
        assertThat(claim.getString("publishedVersions[0].rating")).isEqualTo("False");
        assertThat(claim.getMap("publishedVersions[0]")).doesNotContainKey("approvedBy");

        List<Map<String, Object>> events = Desk.eventsAfter(before).stream()
                .filter(e -> ((Number) e.get("claimId")).longValue() == id).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("action", "import").containsEntry("to", "PUBLISHED")
                .containsEntry("actor", EDNA).doesNotContainKey("from");
    }

    @Test
    void importingTheSameRecordsAgainReportsDuplicatesAndKeepsNothingTwice() {
        Feed feed = feedWithThreeGoodAndOneBad();
        JsonPath first = importAs(EDNA, feed.json());

        JsonPath again = importAs(ADA, feed.json());

        assertThat(again.getInt("imported")).isZero();
        assertThat(again.getInt("skipped")).isEqualTo(3);
        assertThat(again.getInt("failed")).isEqualTo(1);
        assertThat(again.getList("records.status", String.class))
                .containsExactly("duplicate", "duplicate", "duplicate", "failed");
        assertThat(again.getList("records.claimId").subList(0, 3)).isEqualTo(first.getList("records.claimId").subList(0, 3));
        for (String text : feed.claims()) {
            assertThat(claimsWithText(text)).as(text).isEqualTo(1);
        }
    }

    @Test
    void withoutUrlTheSamePublisherAndClaimIsADuplicateEvenWithinOneRequest() {
        String claim = Desk.uniqueText("Imported without url: schools close in June");
        String record = """
                {"@type": "ClaimReview", "claimReviewed": "%s",
                 "author": {"@type": "Organization", "name": "No-URL Checkers"},
                 "reviewRating": {"@type": "Rating", "alternateName": "Half true"}}
                """.formatted(claim);

        JsonPath report = importAs(EDNA, "[" + record + ", " + record.replace(claim, claim.toUpperCase()) + "]");

        assertThat(report.getList("records.status", String.class)).containsExactly("imported", "duplicate");
        assertThat(report.getLong("records[1].claimId")).isEqualTo(report.getLong("records[0].claimId"));
        assertThat(claimsWithText(claim)).isEqualTo(1);
    }

    @Test
    void anAdminMayImportASingleClaimReviewSentAsJsonLd() {
        String claim = Desk.uniqueText("Imported as JSON-LD: the moon landing was filmed in a studio");
        Response response = given().auth().preemptive().basic(ADA, Desk.DEMO_PASSWORD)
                .contentType("application/ld+json").accept(ContentType.JSON)
                .body("""
                        {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "%s",
                         "author": {"@type": "Organization", "name": "Space Checks"},
                         "reviewRating": {"@type": "Rating", "ratingValue": "1", "alternateName": "False"}}
                        """.formatted(claim))
                .post(IMPORTS);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getInt("imported")).isEqualTo(1);
    }

    @Test
    void theClaimsExportCarriesImportedFactChecksThatHaveNoExplanation() {
        Feed feed = feedWithThreeGoodAndOneBad();
        importAs(EDNA, feed.json());

        String csv = as(EDNA).accept("text/csv").get("/api/v1/exports/claims.csv").then().statusCode(200)
                .extract().asString();

        assertThat(csv).contains(feed.claims().get(2)).contains("Misleading");
    }

    // ---- imported work is theirs, not ours ----

    @Test
    void importedFactChecksAreNotOnOurPublicPages() {
        Feed feed = feedWithThreeGoodAndOneBad();
        long id = importAs(EDNA, feed.json()).getLong("records[0].claimId");

        String index = given().get("/fact-checks").then().statusCode(200).extract().asString();
        assertThat(index).as("undated, so published now: first in the index if it were listed")
                .doesNotContain(feed.claims().get(2)).doesNotContain(feed.checker());
        given().get("/fact-checks/" + id).then().statusCode(404);
    }

    @Test
    void anImportedFactCheckCannotBeReopenedHere() {
        long id = importAs(EDNA, feedWithThreeGoodAndOneBad().json()).getLong("records[0].claimId");

        Response reopen = Desk.transition(EDNA, id, Map.of("action", "reopen", "reason", "We disagree."));

        assertThat(reopen.statusCode()).as(reopen.asString()).isEqualTo(409);
        assertThat(reopen.jsonPath().getString("detail")).contains("imported");
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("PUBLISHED");
    }

    @Test
    void theClaimPageCreditsTheOtherFactCheckerAndOffersNoReopening() {
        Feed feed = feedWithThreeGoodAndOneBad();
        long id = importAs(EDNA, feed.json()).getLong("records[0].claimId");

        String page = PageSession.signIn(EDNA).get("/claims/" + id).then().statusCode(200).extract().asString();

        assertThat(page).contains("Fact-check by <strong>" + feed.checker() + "</strong>")
                .contains("href=\"" + feed.urls().get(0) + "\"")
                .doesNotContain("value=\"reopen\"")
                .doesNotContain("href=\"/fact-checks/" + id + "\"");
    }

    // ---- refusals ----

    @Test
    void aReviewerIsForbiddenAndNothingIsKept() {
        Feed feed = feedWithThreeGoodAndOneBad();

        as(RITA).body(feed.json()).post(IMPORTS).then().statusCode(403).contentType(PROBLEM_JSON);

        assertThat(claimsWithText(feed.claims().get(0))).isZero();
    }

    @Test
    void withoutSigningInTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(feedWithThreeGoodAndOneBad().json()).post(IMPORTS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void brokenJsonIsABadRequest() {
        Response response = as(EDNA).body("{\"@type\": \"ClaimReview\", \"claimReviewed\": ").post(IMPORTS);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("detail")).contains("valid JSON");
    }

    @Test
    void jsonThatIsNotClaimReviewJsonLdIsRefused() {
        Response response = as(EDNA).body("\"ClaimReview\"").post(IMPORTS);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.jsonPath().getString("detail")).contains("DataFeed");
    }

    @Test
    void moreThanAThousandRecordsAreRefusedWithAClearMessageAndNothingIsKept() {
        String first = Desk.uniqueText("Imported in a feed too large");
        List<String> records = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            records.add("""
                    {"@type": "ClaimReview", "claimReviewed": "%s #%d",
                     "author": {"@type": "Organization", "name": "Bulk Checkers"},
                     "reviewRating": {"@type": "Rating", "alternateName": "False"}}
                    """.formatted(first, i));
        }

        Response response = as(EDNA).body("[" + String.join(",", records) + "]").post(IMPORTS);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("detail")).contains("at most 1000");
        assertThat(claimsWithText(first)).isZero();
    }

    // ---- helpers ----

    /** The ClaimReview in the public feed whose url is the given one; null when absent. */
    private static Map<String, Object> factCheckAt(String url) {
        String cursor = null;
        do {
            var request = given().accept(ContentType.JSON).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/fact-checks").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (url.equals(item.get("url"))) {
                    return item;
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return null;
    }

    /** How many claims contain the text, in any case; the texts are unique, so these are the test's own. */
    private static int claimsWithText(String text) {
        return as(EDNA).queryParam("q", text).queryParam("limit", 200).get(Desk.CLAIMS)
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}
