package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

/**
 * Other fact-checkers' records in the shapes real feeds and pages use go in through the import and
 * come back out of the API as they were written: every field as given, or changed as the import
 * report says and why.
 */
@QuarkusTest
class ClaimReviewRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** One quirky record: how it is sent, and what the desk must republish for it. */
    private record Quirk(String what, JsonNode sent, JsonNode republished) {
    }

    @Test
    void quirkyRecordsOfEveryShapeComeBackAsTheyWereWrittenOrAsTheReportSays() throws Exception {
        String run = SERIAL.incrementAndGet() + "-" + System.nanoTime();
        List<Quirk> quirks = new ArrayList<>();
        String sharedUrl = "https://confere.example/" + run + "/two-claims";

        ObjectNode longAndDetailed = record(run, "a long claim with headline, language, person author and publisher",
                "https://confere.example/" + run + "/long");
        longAndDetailed.put("claimReviewed", longAndDetailed.get("claimReviewed").asText()
                + ", which goes on well past the seventy-five characters of one search result line");
        longAndDetailed.put("headline", "É verdade que a ponte custou o dobro?");
        longAndDetailed.put("inLanguage", "pt-BR");
        longAndDetailed.put("datePublished", "2022-09-01T22:06:09-03:00");
        longAndDetailed.set("author", JSON.readTree("[{\"@type\": \"Organization\", \"name\": \"UOL Confere " + run + "\"}, "
                + "{\"@type\": \"Person\", \"name\": \"Ana Checadora\"}]"));
        longAndDetailed.set("publisher", JSON.readTree("{\"@type\": \"Organization\", \"name\": \"UOL\", \"url\": \"https://uol.example\"}"));
        quirks.add(new Quirk("full claim, headline, language, authors, offset date-time", longAndDetailed, longAndDetailed));

        ObjectNode first = record(run, "the first of two claims on one page", sharedUrl);
        ObjectNode second = record(run, "the second of two claims on one page", sharedUrl);
        quirks.add(new Quirk("first of two under one url", first, first));
        quirks.add(new Quirk("second of two under one url", second, second));

        ObjectNode byUrlOnly = record(run, "a fact-checker known only by its address", "https://factly.example/" + run + "/1");
        byUrlOnly.set("author", JSON.readTree("{\"@type\": \"Organization\", \"url\": \"https://factly.example/\"}"));
        quirks.add(new Quirk("author given only by url", byUrlOnly, byUrlOnly));

        ObjectNode personOnly = record(run, "a person author and no publisher", "https://blog.example/" + run + "/1");
        personOnly.set("author", JSON.readTree("{\"@type\": \"Person\", \"name\": \"Jo Blogger " + run + "\"}"));
        quirks.add(new Quirk("person author, no publisher", personOnly, personOnly));

        ObjectNode noClaimant = record(run, "a claim nobody is named for", "https://confere.example/" + run + "/anon");
        noClaimant.remove("itemReviewed");
        quirks.add(new Quirk("no claimant", noClaimant, noClaimant));

        for (String date : List.of("2021-7-16", "2 April 2018", "2020-06-22T12:26:08+5:30")) {
            ObjectNode lenient = record(run, "a date written as " + date, "https://confere.example/" + run + "/" + date.hashCode());
            lenient.put("datePublished", date);
            quirks.add(new Quirk("date " + date, lenient, lenient));
        }

        ObjectNode undated = record(run, "a fact-check without a date", "https://confere.example/" + run + "/undated");
        undated.remove("datePublished");
        quirks.add(new Quirk("no date", undated, undated));

        ObjectNode relative = record(run, "a relative url", "/" + run + "/relative");
        ObjectNode relativeResolved = relative.deepCopy();
        relativeResolved.put("url", "https://confere.example/" + run + "/relative");
        quirks.add(new Quirk("relative url", relative, relativeResolved));

        ObjectNode noScale = record(run, "a rating scale upside down", "https://confere.example/" + run + "/scale");
        noScale.set("reviewRating", JSON.readTree("{\"@type\": \"Rating\", \"ratingValue\": 1, \"bestRating\": -1, "
                + "\"worstRating\": 0, \"alternateName\": \"Falso\"}"));
        ObjectNode scaleLeftOut = noScale.deepCopy();
        scaleLeftOut.set("reviewRating", JSON.readTree("{\"@type\": \"Rating\", \"alternateName\": \"Falso\"}"));
        quirks.add(new Quirk("invalid rating scale", noScale, scaleLeftOut));

        ObjectNode nested = record(run, "a review inside a page's main entity", "https://confere.example/" + run + "/nested");
        ObjectNode page = JSON.createObjectNode();
        page.put("@type", "WebPage");
        page.put("url", "https://confere.example/" + run + "/nested");
        page.set("mainEntity", JSON.createObjectNode().put("@type", "Article").set("review", nested));

        ArrayNode document = JSON.createArrayNode();
        quirks.forEach(quirk -> document.add(quirk.sent()));
        document.add(page);
        quirks.add(new Quirk("nested in WebPage → mainEntity → review", nested, nested));

        JsonNode report = JSON.readTree(importDocument(document.toString()));

        assertThat(report.get("failed").asInt()).as(report.toString()).isZero();
        assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(quirks.size());
        for (int i = 0; i < quirks.size(); i++) {
            Quirk quirk = quirks.get(i);
            JsonNode line = report.get("records").get(i);
            JsonNode expected = quirk.republished().deepCopy();
            if (!expected.has("@context")) {
                ((ObjectNode) expected).put("@context", "https://schema.org");
            }
            JsonNode republished = JSON.readTree(as(EDNA).get("/api/v1/fact-checks/" + line.get("claimId").asLong()).asString());
            assertThat(republished).as(quirk.what()).isEqualTo(expected);
            boolean changed = !quirk.republished().equals(quirk.sent());
            assertThat(line.has("warnings")).as("a report of what changed in: " + quirk.what()).isEqualTo(changed);
        }
    }

    @Test
    void aKeptRecordsReportSaysWhatWasChangedAndWhy() throws Exception {
        String run = SERIAL.incrementAndGet() + "-" + System.nanoTime();
        ObjectNode relative = record(run, "a relative url reported", "/" + run + "/reported");

        JsonNode line = JSON.readTree(importDocument(relative.toString())).get("records").get(0);

        assertThat(line.get("status").asText()).isEqualTo("imported");
        assertThat(line.get("warnings").get(0).asText()).contains("\"/" + run + "/reported\"")
                .contains("https://confere.example/" + run + "/reported");
    }

    @Test
    void aRelativeUrlThatCannotBeResolvedIsRefusedWithTheReasonAndNothingIsKept() throws Exception {
        String run = SERIAL.incrementAndGet() + "-" + System.nanoTime();
        ObjectNode relative = record(run, "a relative url with nothing to resolve it against", "checks/" + run);
        relative.set("author", JSON.readTree("{\"@type\": \"Organization\", \"name\": \"Addressless checks\"}"));

        JsonNode report = JSON.readTree(importDocument(relative.toString()));

        assertThat(report.get("failed").asInt()).isEqualTo(1);
        assertThat(report.get("records").get(0).get("reason").asText()).contains("is relative").contains("full address");
        assertThat(as(EDNA).queryParam("q", "\"" + relative.get("claimReviewed").asText() + "\"").get(Desk.CLAIMS)
                .jsonPath().getList("items")).isEmpty();
    }

    @Test
    void anImportWithoutADateIsShownWithoutOneRatherThanTheDayItWasImported() throws Exception {
        String run = SERIAL.incrementAndGet() + "-" + System.nanoTime();
        ObjectNode undated = record(run, "an undated fact-check in the claim API", "https://confere.example/" + run + "/u");
        undated.remove("datePublished");

        long claimId = JSON.readTree(importDocument(undated.toString())).get("records").get(0).get("claimId").asLong();
        JsonNode claim = JSON.readTree(as(EDNA).get(Desk.CLAIMS + "/" + claimId).asString());

        JsonNode published = claim.get("publishedVersions").get(0);
        assertThat(published.get("publisher").asText()).startsWith("Confere");
        assertThat(published.has("publishedAt")).as(published.toString()).isFalse();
    }

    private static String importDocument(String json) {
        Response response = as(EDNA).body(json).post(ClaimReviewImportTest.IMPORTS);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.asString();
    }

    /** A plain, complete record by a fact-checker with an address, a claim unique to this run. */
    private static ObjectNode record(String run, String about, String url) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s",
                 "claimReviewed": "Round trip %s: %s",
                 "datePublished": "2023-03-04",
                 "author": {"@type": "Organization", "name": "Confere %s", "url": "https://confere.example"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A Speaker"},
                                  "datePublished": "2023-03-01"},
                 "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                                  "alternateName": "False"}}
                """.formatted(url, run, about, run));
    }
}
