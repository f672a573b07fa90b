package org.factdesk.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Role;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.factdesk.workflow.administration.NewRatingLabel;
import org.factdesk.workflow.administration.RatingScaleAdministration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardPageTest {

    private static final Pattern CHART_DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"dashboard-chart-data\">(.*?)</script>", Pattern.DOTALL);

    @Inject
    RatingScaleAdministration scale;

    @Test
    void everySignedInRoleSeesTheDashboard() {
        for (String username : List.of(RITA, EDNA, ADA)) {
            assertThat(PageSession.signIn(username).page("/dashboard")).contains("<h1>Dashboard</h1>");
        }
    }

    @Test
    void theDashboardNeedsASignedInPerson() {
        Response anonymous = given().redirects().follow(false).accept(ContentType.HTML).get("/dashboard");

        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(URI.create(anonymous.header("Location")).getPath()).isEqualTo("/login");
    }

    @Test
    void claimsByStateMatchTheApiForEveryState() {
        String page = PageSession.signIn(EDNA).page("/dashboard");

        for (ReviewState state : ReviewState.values()) {
            assertThat(rowCount(tableIn(page, "claims-by-state"), state.name()))
                    .as("claims shown as %s", state).hasValue(Desk.countInState(state.name()));
        }
    }

    @Test
    void theChartDataCarriesTheSameNumbersAsTheTables() {
        String page = PageSession.signIn(EDNA).page("/dashboard");

        Matcher script = CHART_DATA.matcher(page);
        assertThat(script.find()).as("the chart data in the page").isTrue();
        assertThat(script.group(1)).doesNotContain("<");
        JsonPath data = JsonPath.from(script.group(1));
        List<String> states = data.getList("claimsByState.labels", String.class);
        List<Integer> counts = data.getList("claimsByState.counts", Integer.class);
        assertThat(states).containsExactly("NEW", "READY", "IN_RESEARCH", "IN_REVIEW", "PUBLISHED", "DISMISSED");
        String table = tableIn(page, "claims-by-state");
        for (int i = 0; i < states.size(); i++) {
            assertThat(rowCount(table, states.get(i))).hasValue(counts.get(i));
        }
        List<String> ratings = data.getList("ratingsPublished.labels", String.class);
        List<Integer> ratingCounts = data.getList("ratingsPublished.counts", Integer.class);
        for (int i = 0; i < ratings.size(); i++) {
            assertThat(rowCount(tableIn(page, "ratings-published"), ratings.get(i))).hasValue(ratingCounts.get(i));
        }
        assertThat(page).contains("<canvas id=\"chart-claims-by-state\"", "src=\"/js/dashboard-charts.js\"",
                "src=\"/webjars/chart.js/dist/chart.umd.min.js\"");
    }

    @Test
    void theChartScriptAndChartJsAreServed() {
        given().get("/js/dashboard-charts.js").then().statusCode(200);
        given().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
    }

    @Test
    void anOverdueClaimIsListedWithALinkToIt() {
        long late = Desk.readyClaim("Late for the dashboard", 1);
        long onTime = Desk.readyClaim("On time for the dashboard", 1);
        QuarkusTransaction.requiringNew().run(() -> {
            Claim.<Claim>findById(late).dueDate = Desk.today().minusDays(3);
            Claim.<Claim>findById(onTime).dueDate = Desk.today().plusDays(3);
        });

        String overdue = tableIn(PageSession.signIn(RITA).page("/dashboard"), "overdue-claims");

        assertThat(overdue).contains("<a href=\"/claims/" + late + "\">").doesNotContain("/claims/" + onTime + "\"");
        Matcher row = Pattern.compile("<tr><td>" + late + "</td>.*?<td><time datetime=\"" + Desk.today().minusDays(3) + "\">[^<]+</time></td><td>(\\d+)</td></tr>")
                .matcher(overdue);
        assertThat(row.find()).as("the overdue claim's row").isTrue();
        assertThat(row.group(1)).isEqualTo("3");
    }

    @Test
    void aDeskFarBehindListsTheLongestOverdueAndCountsTheRest() {
        List<Long> late = new java.util.ArrayList<>();
        for (int i = 0; i < 51; i++) {
            late.add(Desk.newClaim("Far behind for the dashboard " + i));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < late.size(); i++) {
                Claim.<Claim>findById(late.get(i)).dueDate = Desk.today().minusDays(4000 - i);
            }
        });

        String page;
        try {
            page = PageSession.signIn(EDNA).page("/dashboard");
        } finally {
            // Other tests look for their own late claim among the fifty listed.
            QuarkusTransaction.requiringNew().run(() -> late.forEach(id -> Claim.<Claim>findById(id).dueDate = null));
        }

        String overdue = tableIn(page, "overdue-claims");
        assertThat(overdue.split("<tr><td>").length - 1).isEqualTo(50);
        assertThat(overdue).contains("<a href=\"/claims/" + late.get(0) + "\">").doesNotContain("/claims/" + late.get(50) + "\"");
        Matcher shown = Pattern.compile("The 50 longest overdue of (\\d+)\\.").matcher(page);
        assertThat(shown.find()).isTrue();
        assertThat(Long.parseLong(shown.group(1))).isGreaterThanOrEqualTo(51);
    }

    @Test
    void eachPersonsLoadCountsTheClaimsTheyHoldInResearch() {
        String reviewer = "load" + Long.toString(System.nanoTime(), 36);
        Desk.ensurePerson(reviewer, "Load Counter", Role.REVIEWER);
        Desk.claimHeldBy(reviewer, "First claim for the load count");
        Desk.claimHeldBy(reviewer, "Second claim for the load count");

        String loads = tableIn(PageSession.signIn(EDNA).page("/dashboard"), "reviewer-load");

        assertThat(loads).contains("<tr><th scope=\"row\">Load Counter <span class=\"role\">(" + reviewer
                + ")</span></th><td>reviewer</td><td>2</td></tr>");
    }

    @Test
    void ratingsPublishedCountOnlyTheLatestVersionOfEachClaim() {
        String first = "Dashboard first " + System.nanoTime();
        String corrected = "Dashboard corrected " + System.nanoTime();
        scale.add(new NewRatingLabel(first, null, "Used once, then corrected."), ADA);
        scale.add(new NewRatingLabel(corrected, null, "The rating after the correction."), ADA);
        long id = Desk.claimInReview(RITA, "A claim published and corrected", first);
        Desk.ok(Desk.act(EDNA, id, "approve"));

        assertThat(rowCount(tableIn(PageSession.signIn(EDNA).page("/dashboard"), "ratings-published"), first)).hasValue(1);

        Desk.ok(Desk.transition(EDNA, id, Map.of("action", "reopen", "reason", "Newer figures came out.")));
        Desk.ok(Desk.draftVerdict(RITA, id, corrected, "Corrected summary."));
        Desk.ok(Desk.act(RITA, id, "submit"));
        Desk.ok(Desk.act(EDNA, id, "approve"));

        String ratings = tableIn(PageSession.signIn(EDNA).page("/dashboard"), "ratings-published");
        assertThat(rowCount(ratings, corrected)).hasValue(1);
        assertThat(rowCount(ratings, first)).isEmpty();
    }

    @Test
    void theMedianTimeToPublishAndTheAgreementFiguresAreShown() {
        Desk.ok(Desk.act(EDNA, Desk.claimInReview(RITA, "Published for the median", "False"), "approve"));

        String page = PageSession.signIn(EDNA).page("/dashboard");

        assertThat(definition(page, "median-time-to-publish"))
                .matches("(under a minute|\\d+(\\.\\d)? (minute|hour|day)s?) \\(over \\d+ published claims?\\)");
        assertThat(definition(page, "agreement-pairs")).matches("\\d+");
        assertThat(definition(page, "agreement-percent")).matches("\\d+%|—");
        assertThat(definition(page, "agreement-kappa")).matches("-?\\d\\.\\d\\d|—");
    }

    /** The HTML of one table, found by its id. */
    private static String tableIn(String page, String id) {
        int start = page.indexOf("<table id=\"" + id + "\">");
        assertThat(start).as("table %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    /** The number in the row headed by the given text, or empty when no row has it. */
    private static OptionalInt rowCount(String table, String heading) {
        Matcher row = Pattern.compile("<th scope=\"row\">(?:<a [^>]*>)?" + Pattern.quote(heading)
                + "(?:</a>)?</th><td>(\\d+)</td>").matcher(table);
        return row.find() ? OptionalInt.of(Integer.parseInt(row.group(1))) : OptionalInt.empty();
    }

    /** The text of a definition list entry by id, tags removed. */
    private static String definition(String page, String id) {
        Matcher dd = Pattern.compile("<dd id=\"" + id + "\">(.*?)</dd>", Pattern.DOTALL).matcher(page);
        assertThat(dd.find()).as("figure %s", id).isTrue();
        return dd.group(1).replaceAll("<[^>]+>", "").strip();
    }
}
