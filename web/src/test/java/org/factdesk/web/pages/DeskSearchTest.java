package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.factdesk.search.IndexFollower;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.factdesk.workflow.events.EventLog;
import org.junit.jupiter.api.Test;

/** Search over the whole desk from the index: the claims API, the fact-check search, the pages. */
@QuarkusTest
class DeskSearchTest {

    @Inject
    IndexFollower follower;

    @Inject
    EventLog eventLog;

    @Test
    void aSubmittedClaimIsSearchableByTheInflectionsOfItsWordsAsSoonAsItsSubmissionAnswers() {
        long id = submit("Glaciers in the Andes are melting faster than anywhere else", "A climate scientist", List.of("climate"));

        assertThat(idsFound("melted glacier")).contains(id);
        assertThat(idsFound("\"faster than anywhere\" andes")).contains(id);
        assertThat(idsFound("glacie*")).contains(id);
        assertThat(idsFound("\"anywhere faster\" andes glacier")).doesNotContain(id);
        assertThat(follower.progress().lastEventApplied()).isEqualTo(eventLog.lastSeq());
    }

    @Test
    void theClaimantAndTagFieldsNarrowASearch() {
        long byScientist = submit("Coral reefs recover within a decade after bleaching", "Marine Biologist Okoro", List.of("oceans"));
        long byBlogger = submit("Coral reefs never recover after bleaching", "A travel blogger", List.of("travel"));

        assertThat(idsFound("coral claimant:okoro")).contains(byScientist).doesNotContain(byBlogger);
        assertThat(idsFound("coral tag:travel")).contains(byBlogger).doesNotContain(byScientist);
    }

    @Test
    void theBestMatchComesFirstWhenTextIsGiven() {
        long weak = submit("The city library opened a new wing for children", "The city council", List.of());
        long strong = submit("The city library lends telescopes; telescopes from the library go out every week", "The city council",
                List.of());

        List<Long> found = idsFound("library telescopes");

        assertThat(found).contains(strong).doesNotContain(weak);
        assertThat(idsFound("library OR telescopes").get(0)).isEqualTo(strong);
    }

    @Test
    void aSearchPagesOnWithItsCursorWithoutRepeatingAClaim() {
        for (int i = 0; i < 5; i++) {
            submit("Quokkas pagination test number " + i, "A zookeeper", List.of());
        }
        JsonPath first = Desk.as(EDNA).queryParam("q", "quokkas pagination").queryParam("limit", 3).get(Desk.CLAIMS).jsonPath();
        JsonPath second = Desk.as(EDNA).queryParam("q", "quokkas pagination").queryParam("limit", 3)
                .queryParam("cursor", first.getString("nextCursor")).get(Desk.CLAIMS).jsonPath();

        List<Long> all = new java.util.ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).hasSize(5).doesNotHaveDuplicates();
        assertThat(second.getString("nextCursor")).isNull();
    }

    @Test
    void aQueryTheIndexCannotReadIsA400NamingQ() {
        for (String unreadable : List.of("\"unclosed phrase", "(unbalanced", "text AND", "*leading", "a\\")) {
            Response answer = Desk.as(EDNA).queryParam("q", unreadable).get(Desk.CLAIMS);

            assertThat(answer.statusCode()).as(unreadable).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.asString()).contains("\"q\"").doesNotContainIgnoringCase("lucene").doesNotContain("Exception");
        }
    }

    @Test
    void aQueryOverAThousandCharactersIsA400() {
        String tooLong = "word ".repeat(201);

        assertThat(Desk.as(EDNA).queryParam("q", tooLong).get(Desk.CLAIMS).statusCode()).isEqualTo(400);
        Response factChecks = Desk.as(EDNA).queryParam("query", tooLong).get("/api/v1/fact-checks/search");
        assertThat(factChecks.statusCode()).isEqualTo(400);
        assertThat(factChecks.asString()).contains("\"query\"");
    }

    @Test
    void textInAnyScriptIsIndexedAndFound() {
        long arabic = submit("اللقاح الجديد يسبب العقم عند النساء", "حساب على تويتر", List.of());
        long chinese = submit("喝热水可以杀死新冠病毒", "微博用户", List.of());

        assertThat(idsFound("اللقاح")).contains(arabic);
        assertThat(idsFound("病毒")).contains(chinese);
    }

    @Test
    void theFactCheckSearchAnswersClaimReviewsWithScoresInTheShapeOfClaimsSearch() {
        long published = publish("Hedgehogs can swim across the Thames in under an hour");

        JsonPath found = Desk.as(EDNA).queryParam("query", "hedgehog swimming thames").queryParam("languageCode", "en")
                .get("/api/v1/fact-checks/search").then().statusCode(200).extract().jsonPath();

        Map<String, Object> first = found.getMap("items[0]");
        assertThat(found.getString("items[0].claimReview.claimReviewed")).startsWith("Hedgehogs can swim");
        assertThat(found.getString("items[0].claimReview.url")).endsWith("/fact-checks/" + published);
        assertThat(((Number) first.get("score")).doubleValue()).isPositive();
        assertThat(Desk.as(EDNA).queryParam("query", "hedgehog thames").queryParam("languageCode", "de")
                .get("/api/v1/fact-checks/search").jsonPath().getList("items")).isEmpty();
        assertThat(Desk.as(EDNA).queryParam("query", "hedgehog thames").queryParam("publisher", "Someone Else")
                .get("/api/v1/fact-checks/search").jsonPath().getList("items")).isEmpty();
        assertThat(Desk.as(EDNA).get("/api/v1/fact-checks/search").statusCode()).isEqualTo(400);
        assertThat(Desk.as(EDNA).queryParam("query", "hedgehog").queryParam("maxAgeDays", "0")
                .get("/api/v1/fact-checks/search").statusCode()).isEqualTo(400);
    }

    @Test
    void aRepeatOfAPublishedFactCheckLearnsItWasCheckedFromItsSubmission() {
        long published = publish("Squirrels planted most of the oak trees in Hyde Park");

        Response repeat = Desk.submit(EDNA, "Most oaks in Hyde Park were planted by squirrels burying acorns", "A park guide");

        List<Map<String, Object>> similar = repeat.jsonPath().getList("similar");
        assertThat(similar).isNotEmpty();
        assertThat(similar.get(0)).containsEntry("id", (int) published).containsEntry("rating", "False")
                .containsKey("datePublished");
        assertThat(String.valueOf(similar.get(0).get("url"))).endsWith("/fact-checks/" + published);
    }

    @Test
    void theHeaderSearchFindsAClaimInAnyStateWithTheWordsMarked() {
        long id = submit("Otters hold hands while they sleep so they do not drift apart", "A wildlife film", List.of());
        PageSession rita = PageSession.signIn(RITA);

        String page = rita.get("/search?q=otters+sleeping").asString();

        assertThat(page).contains("href=\"/claims/" + id + "\"").contains("<mark>Otters</mark>").contains("NEW");
        assertThat(rita.get("/queue").asString()).contains("action=\"/search\"");
        assertThat(rita.get("/search?q=\"unclosed").statusCode()).isEqualTo(400);
    }

    @Test
    void thePublicFactCheckListSearchesOurFactChecks() {
        long published = publish("Pigeons can recognise themselves in a mirror");

        String page = io.restassured.RestAssured.get("/fact-checks?q=pigeon+mirror").asString();

        assertThat(page).contains("href=\"/fact-checks/" + published + "\"").contains("<mark>");
        assertThat(io.restassured.RestAssured.get("/fact-checks?q=zebra+crossing+nonexistent").asString()).contains("No fact-check matches");
    }

    @Test
    void theQueueSearchesReadyClaimsBestMatchFirst() {
        long ready = Desk.readyClaim("Beavers built a dam visible from space", 1);

        String queue = PageSession.signIn(RITA).get("/queue?q=beaver+dams").asString();

        assertThat(queue).contains("row-" + ready).contains("<mark>Beavers</mark>");
    }

    @Test
    void triageSearchesNewAndAssignableClaimsAndAnActionFromTheSearchComesBackToIt() {
        long incoming = Desk.newClaim("Hedgehogs cross the motorway bridge at night");
        long assignable = Desk.readyClaim("Hedgehogs were counted on the motorway verge", 1);
        long unrelated = Desk.newClaim("Swifts sleep while flying over the motorway");
        PageSession edna = PageSession.signIn(EDNA);

        String triage = edna.get("/triage?q=hedgehog motorway").then().statusCode(200).extract().asString();

        assertThat(triage).contains("claim-" + incoming + "-title").doesNotContain("claim-" + unrelated + "-title")
                .contains("href=\"/claims/" + assignable + "\"").contains("value=\"/triage?q=hedgehog+motorway\"");
        assertThat(edna.get("/triage?q=quokka+nonexistent").asString()).contains("No new claim matches")
                .contains("No claim waiting for a reviewer matches");
        assertThat(edna.get("/triage?q=\"unclosed").statusCode()).isEqualTo(400);
    }

    @Test
    void myClaimsSearchesOnlyTheClaimsThePersonHolds() {
        long ritasMatch = Desk.claimHeldBy(RITA, "Lighthouses on the north coast run on wind power");
        long ritasOther = Desk.claimHeldBy(RITA, "Ferries to the islands were cancelled all winter");
        long remysMatch = Desk.claimHeldBy(Desk.REMY, "Lighthouses on the south coast run on wind power");
        PageSession rita = PageSession.signIn(RITA);

        String mine = rita.get("/my-claims?q=lighthouse wind").then().statusCode(200).extract().asString();

        assertThat(mine).contains("href=\"/claims/" + ritasMatch + "\"").doesNotContain("href=\"/claims/" + ritasOther + "\"")
                .doesNotContain("href=\"/claims/" + remysMatch + "\"");
        assertThat(rita.get("/my-claims").asString()).contains("href=\"/claims/" + ritasOther + "\"");
        assertThat(rita.get("/my-claims?q=quokka+nonexistent").asString()).contains("None of the claims you hold matches");
        assertThat(rita.get("/my-claims?q=" + "w".repeat(1001)).statusCode()).isEqualTo(400);
    }

    @Test
    void theAdminPageShowsTheIndexReadyWithTheLastEventItApplied() {
        Desk.newClaim("Admin page search index check");

        String admin = PageSession.signIn(Desk.ADA).get("/admin").asString();

        assertThat(admin).contains("Search index").contains("id=\"search-index-state\">Ready")
                .contains("Last event applied</dt><dd>#" + eventLog.lastSeq() + "</dd>");
    }

    private static long submit(String text, String claimant, List<String> tags) {
        Response created = Desk.as(EDNA).body(Map.of("text", text, "claimant", claimant, "tags", tags)).post(Desk.CLAIMS);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath().getLong("id");
    }

    private static long publish(String text) {
        long id = Desk.claimInReview(RITA, text, "False");
        Desk.ok(Desk.act(EDNA, id, "approve"));
        return id;
    }

    private static List<Long> idsFound(String query) {
        return ids(Desk.as(EDNA).queryParam("q", query).queryParam("limit", 200).get(Desk.CLAIMS).then().statusCode(200)
                .extract().jsonPath());
    }

    private static List<Long> ids(JsonPath page) {
        return page.<Number>getList("items.id").stream().map(Number::longValue).toList();
    }
}
