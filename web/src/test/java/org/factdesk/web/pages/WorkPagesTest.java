package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.REMY;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.factdesk.core.claim.Claim;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkPagesTest {

    @Test
    void dateFieldsAreLabelledWithoutAFormatThePickerDoesNotShow() {
        long id = Desk.claimHeldBy(RITA, "Dates on the source form");

        String claimPage = PageSession.signIn(RITA).page("/claims/" + id);
        String integrations = PageSession.signIn(Desk.ADA).page("/admin/integrations");

        assertThat(claimPage).contains("<label for=\"field-publishedOn\">Published on (optional)</label>", "type=\"date\"")
                .doesNotContain("YYYY-MM-DD");
        assertThat(integrations).contains("<label for=\"field-expiresAt\">Expires on</label>").doesNotContain("YYYY-MM-DD");
    }

    @Test
    void theQueueShowsTheMostUrgentClaimBeforeALowOne() {
        String birdwatcher = "Birdwatcher" + System.nanoTime();
        long low = Desk.submit(EDNA, Desk.uniqueText("Kestrel sightings low"), birdwatcher).jsonPath().getLong("id");
        Desk.ok(Desk.transition(EDNA, low, Map.of("action", "accept", "priority", "LOW")));
        long urgent = Desk.submit(EDNA, Desk.uniqueText("Kestrel sightings urgent"), birdwatcher).jsonPath().getLong("id");
        Desk.ok(Desk.transition(EDNA, urgent, Map.of("action", "accept", "priority", "URGENT")));

        // Without words to search for, the queue keeps its own order (with words, the best match leads).
        String queue = PageSession.signIn(RITA).get("/queue?claimant=" + birdwatcher)
                .then().statusCode(200).extract().asString();

        assertThat(queue.indexOf("id=\"row-" + urgent + "\"")).isPositive()
                .isLessThan(queue.indexOf("id=\"row-" + low + "\""));
    }

    @Test
    void everyPageOfOpenClaimsSaysInWordsHowLongEachHasLeft() {
        long ready = Desk.readyClaim("Osprey nests due soon", 1);
        long held = Desk.claimHeldBy(RITA, "Osprey nests held and late");
        long waiting = Desk.claimInReview(REMY, "Osprey nests in review and late", "False");
        long fresh = Desk.newClaim("Osprey nests just in, due today");
        QuarkusTransaction.requiringNew().run(() -> {
            Claim.<Claim>findById(ready).dueDate = Desk.today().plusDays(2);
            Claim.<Claim>findById(held).dueDate = Desk.today().minusDays(3);
            Claim.<Claim>findById(waiting).dueDate = Desk.today().minusDays(1);
            Claim.<Claim>findById(fresh).dueDate = Desk.today();
        });
        PageSession rita = PageSession.signIn(RITA);
        PageSession edna = PageSession.signIn(EDNA);

        assertThat(rowOf(rita.get("/queue?q=osprey").asString(), "row-" + ready)).contains(">due in 2 days</time>");
        assertThat(rita.get("/my-claims").asString()).contains("3 days overdue</time>");
        assertThat(rita.get("/claims/" + held).asString()).contains("class=\"deadline overdue\"", "3 days overdue</time>");
        assertThat(reviewLineOf(edna, waiting)).contains("1 day overdue</time>");
        assertThat(edna.get("/triage?q=osprey").asString()).contains(">due today</time>");
    }

    @Test
    void everyPageLinksTheDesksIconWhichAnyoneCanLoad() {
        String icon = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">";

        assertThat(RestAssured.get("/login").asString()).contains(icon);
        assertThat(PageSession.signIn(RITA).get("/queue").asString()).contains(icon);
        Response served = RestAssured.get("/favicon.svg");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("image/svg+xml");
        assertThat(served.asString()).startsWith("<svg");
    }

    /** The review page's line for the claim, on whichever page of the oldest-first list it is. */
    private static String reviewLineOf(PageSession editor, long claimId) {
        String link = "<a href=\"/claims/" + claimId + "#review\">";
        for (int page = 0; page < 100; page++) {
            String html = editor.get("/review?page=" + page).asString();
            int start = html.indexOf(link);
            if (start >= 0) {
                return html.substring(start, html.indexOf("</li>", start));
            }
            assertThat(html).as("a next page of the review list").contains("rel=\"next\"");
        }
        throw new AssertionError("claim #" + claimId + " is not on the review page");
    }

    /** The table row with this id, from its opening tag to its end. */
    private static String rowOf(String page, String id) {
        int start = page.indexOf("<tr id=\"" + id + "\"");
        assertThat(start).as("row %s on the page", id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void theQueueFiltersByText() {
        long wanted = Desk.readyClaim("Zebra crossings doubled", 1);
        long other = Desk.readyClaim("Bridges halved", 1);

        String queue = PageSession.signIn(RITA).get("/queue?q=zebra").then().statusCode(200).extract().asString();

        assertThat(queue).contains("id=\"row-" + wanted + "\"").doesNotContain("id=\"row-" + other + "\"");
    }

    @Test
    void theQueueShowsFiftyClaimsAPageAndLinksToTheNext() {
        for (int i = 0; i < 51; i++) {
            Desk.readyClaim("Pelican census number " + i, 1);
        }
        PageSession rita = PageSession.signIn(RITA);

        String first = rita.get("/queue?q=pelican").then().statusCode(200).extract().asString();
        String second = rita.get("/queue?q=pelican&page=1").then().statusCode(200).extract().asString();

        assertThat(countOf("<tr id=\"row-", first)).isEqualTo(50);
        assertThat(first).contains("href=\"/queue?page=1&amp;q=pelican\"").doesNotContain("rel=\"prev\"");
        assertThat(countOf("<tr id=\"row-", second)).isEqualTo(1);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void theQueueFiltersByTagFromATagLink() {
        long tagged = Desk.as(EDNA).body(Map.of("text", Desk.uniqueText("Heron nests tripled"), "claimant", "Test Claimant",
                "tags", List.of("Wildlife"))).post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        Desk.ok(Desk.act(EDNA, tagged, "accept"));
        long other = Desk.readyClaim("Heron nests tripled again", 1);

        String all = PageSession.signIn(RITA).get("/queue?q=heron").then().statusCode(200).extract().asString();
        String byTag = PageSession.signIn(RITA).get("/queue?q=heron&tag=WILDLIFE").then().statusCode(200).extract().asString();

        assertThat(all).contains("href=\"/queue?tag=wildlife\"");
        assertThat(byTag).contains("id=\"row-" + tagged + "\"").doesNotContain("id=\"row-" + other + "\"");
    }

    @Test
    void aQueueRowShowsItsClaimantAndSortedTagsAndItsClaimButtonPostsWithoutScript() {
        String claimant = "Osprey Counter " + System.nanoTime();
        long id = Desk.as(EDNA).body(Map.of("text", Desk.uniqueText("Osprey pairs doubled"), "claimant", claimant,
                "tags", List.of("Wildlife", "Coasts"))).post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        Desk.ok(Desk.act(EDNA, id, "accept"));
        for (int i = 0; i < 3; i++) {
            Desk.readyClaim("Osprey filler " + i, 1);
        }
        PageSession rita = PageSession.signIn(RITA);

        String queue = rita.get("/queue?q=osprey").then().statusCode(200).extract().asString();
        String row = queue.substring(queue.indexOf("<tr id=\"row-" + id + "\""), queue.indexOf("</tr>", queue.indexOf("<tr id=\"row-" + id + "\"")));

        assertThat(row).contains(claimant).contains("formaction=\"/queue/" + id + "/claim\"");
        assertThat(row.indexOf(">coasts</a>")).isPositive().isLessThan(row.indexOf(">wildlife</a>"));
        // One token for every Claim button of the page, and one for signing out: not one per row.
        assertThat(countOf("name=\"csrf-token\"", queue)).isEqualTo(2);
        Response claimed = rita.submit("/queue?q=osprey", "/queue/" + id + "/claim", Map.of());
        assertThat(claimed.statusCode()).isEqualTo(303);
        assertThat(claimed.header("Location")).endsWith("/claims/" + id);
        assertThat(Desk.read(EDNA, id).getList("assignees")).containsExactly(RITA);
    }

    @Test
    void triageShowsFiftyNewClaimsAPageOldestFirstAndLinksToTheNext() {
        for (int i = 0; i < 51; i++) {
            Desk.newClaim("Triage paging " + i);
        }
        PageSession edna = PageSession.signIn(EDNA);

        String first = edna.get("/triage").then().statusCode(200).extract().asString();
        String second = edna.get("/triage?page=1").then().statusCode(200).extract().asString();

        assertThat(countOf("class=\"triage-card\"", first)).isEqualTo(50);
        assertThat(first).contains("href=\"/triage?page=1\" rel=\"next\"");
        assertThat(second).contains("href=\"/triage\" rel=\"prev\"");
        edna.get("/triage?assignable=x").then().statusCode(400);
        edna.get("/review?published=-2").then().statusCode(400);
    }

    @Test
    void aQueuePageThatIsNotANumberIsRefusedWithoutAnError() {
        PageSession rita = PageSession.signIn(RITA);

        rita.get("/queue?page=minus-one").then().statusCode(400);
        rita.get("/queue?page=-1").then().statusCode(400);
        rita.get("/queue?page=99999999999").then().statusCode(400);
    }

    @Test
    void claimingFromTheQueueAnswersInPlaceAndTellsTheLoserWhoWon() {
        long id = Desk.readyClaim("In-place claim", 1);
        PageSession rita = PageSession.signIn(RITA);
        PageSession remy = PageSession.signIn(REMY);

        String won = rita.submitWithHtmx("/queue", "/queue/" + id + "/claim", Map.of()).then().statusCode(200).extract().asString();
        String lost = remy.submitWithHtmx("/queue", "/queue/" + id + "/claim", Map.of()).then().statusCode(200).extract().asString();

        assertThat(won).contains("Yours").contains("/claims/" + id);
        assertThat(lost).contains("already claimed by rita").doesNotContain("Exception");
        assertThat(Desk.read(EDNA, id).getList("assignees")).containsExactly(RITA);
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        long id = Desk.newClaim("CSRF guarded");
        PageSession edna = PageSession.signIn(EDNA);
        edna.get("/claims/" + id);

        Response response = edna.postForm("/claims/" + id, "/claims/" + id + "/actions", Map.of("action", "accept"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("NEW");
        assertThat(edna.get("/claims/" + id).asString()).contains("This form had expired");
    }

    @Test
    void aRefusedFormComesBackWithTheMessageNextToTheFieldAndTheInputKept() {
        long id = Desk.claimHeldBy(RITA, "Form errors kept");
        PageSession rita = PageSession.signIn(RITA);

        Response refused = rita.submit("/claims/" + id, "/claims/" + id + "/sources",
                Map.of("url", "not a web address", "title", "My typed title", "stance", "refutes"));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.header("Location")).endsWith("/claims/" + id);
        String page = rita.get("/claims/" + id).asString();
        assertThat(page).contains("id=\"url-error\"").contains("is not a web address")
                .contains("value=\"My typed title\"");
        assertThat(Desk.read(EDNA, id).getList("sources")).isEmpty();
    }

    @Test
    void anEditorAcceptsFromTriageAndReturnsToTriage() {
        long id = Desk.newClaim("Triage accept");
        PageSession edna = PageSession.signIn(EDNA);

        Response accepted = edna.submit("/triage", "/claims/" + id + "/actions", Map.of("action", "accept",
                "back", "/triage", "priority", "high", "requiredReviews", "2", "dueDate", Desk.today().plusDays(4).toString()));

        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith("/triage");
        var claim = Desk.read(EDNA, id);
        assertThat(claim.getString("state")).isEqualTo("READY");
        assertThat(claim.getString("priority")).isEqualTo("HIGH");
        assertThat(claim.getInt("requiredReviews")).isEqualTo(2);
    }

    @Test
    void aSentBackClaimShowsInMyClaimsWithTheEditorsComment() {
        long id = Desk.claimInReview(RITA, "Sent back to rita", "False");
        Desk.ok(Desk.transition(EDNA, id, Map.of("action", "request-changes", "comment", "Cite the primary source")));

        String mine = PageSession.signIn(RITA).get("/my-claims").then().statusCode(200).extract().asString();

        assertThat(mine).contains("/claims/" + id).contains("sent back: Cite the primary source");
    }

    @Test
    void aReviewerCannotOpenTriageOrReview() {
        PageSession rita = PageSession.signIn(RITA);

        assertThat(rita.get("/triage").statusCode()).isEqualTo(403);
        assertThat(rita.get("/review").statusCode()).isEqualTo(403);
    }

    @Test
    void aSecondReviewerDoesNotSeeTheFirstReviewersVerdictOnThePage() {
        long id = Desk.readyClaim("Blind on the page", 2);
        Desk.ok(Desk.act(RITA, id, "claim"));
        Desk.ok(Desk.act(REMY, id, "claim"));
        Desk.ok(Desk.draftVerdict(RITA, id, "False", "Rita's secret summary"));

        String remysPage = PageSession.signIn(REMY).get("/claims/" + id).then().statusCode(200).extract().asString();
        String ritasPage = PageSession.signIn(RITA).get("/claims/" + id).then().statusCode(200).extract().asString();

        assertThat(remysPage).doesNotContain("Rita&#39;s secret summary").doesNotContain("Rita's secret summary");
        assertThat(ritasPage).contains("Rita&#39;s secret summary");
    }

    @Test
    void thePublicPageCarriesExactlyOneClaimReview() {
        String page = RestAssured.get("/fact-checks/2").then().statusCode(200).extract().asString();

        assertThat(page.split("application/ld\\+json", -1)).hasSize(2);
        assertThat(page).contains("\"@type\":\"ClaimReview\"");
    }

    private static int countOf(String needle, String text) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
