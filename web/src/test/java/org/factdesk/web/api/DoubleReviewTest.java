package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.REMY;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.act;
import static org.factdesk.web.support.Desk.cite;
import static org.factdesk.web.support.Desk.draftVerdict;
import static org.factdesk.web.support.Desk.ok;
import static org.factdesk.web.support.Desk.read;
import static org.factdesk.web.support.Desk.transition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two independent reviews: blind to each other until both are in, and the editor picks on disagreement. */
@QuarkusTest
class DoubleReviewTest {

    private static final String RITA_RATING = "False";
    private static final String REMY_RATING = "Mostly false";

    @BeforeEach
    void thereIsASecondEditor() {
        Desk.ensureSecondEditor();
    }

    @Test
    void aCompletedDoubleReviewCountsOnceInTheAgreementFigures() {
        int before = Desk.as(EDNA).get("/api/v1/statistics/double-review-agreement").then().statusCode(200)
                .extract().jsonPath().getInt("pairs");
        long id = Desk.newClaim("Ferry fares doubled in a year");
        ok(transition(EDNA, id, Map.of("action", "accept", "requiredReviews", 2)));
        ok(act(RITA, id, "claim"));
        ok(act(REMY, id, "claim"));
        assertThat(cite(RITA, id).statusCode()).isEqualTo(201);
        ok(draftVerdict(RITA, id, RITA_RATING, "Rita's summary."));
        ok(draftVerdict(REMY, id, REMY_RATING, "Remy's summary."));
        ok(act(RITA, id, "submit"));
        int oneIn = Desk.as(EDNA).get("/api/v1/statistics/double-review-agreement").jsonPath().getInt("pairs");
        ok(act(REMY, id, "submit"));

        int bothIn = Desk.as(EDNA).get("/api/v1/statistics/double-review-agreement").jsonPath().getInt("pairs");

        assertThat(oneIn).isEqualTo(before);
        assertThat(bothIn).isEqualTo(before + 1);
    }

    @Test
    void twoReviewersRateBlindlyAndTheEditorPublishesTheNamedVerdict() {
        long id = Desk.newClaim("Exports doubled in a single year");
        JsonPath accepted = ok(transition(EDNA, id, Map.of("action", "accept", "requiredReviews", 2))).jsonPath();
        assertThat(accepted.getInt("requiredReviews")).isEqualTo(2);

        // Two seats: rita and remy each take one; a third person is too late.
        ok(act(RITA, id, "claim"));
        ok(act(REMY, id, "claim"));
        Response third = act(Desk.EDDIE, id, "claim");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(read(EDNA, id).getList("assignees")).containsExactlyInAnyOrder(RITA, REMY);

        // Each researches and drafts on their own.
        assertThat(cite(RITA, id).statusCode()).isEqualTo(201);
        assertThat(cite(REMY, id).statusCode()).isEqualTo(201);
        String ritaSummary = "Rita: the customs data show exports rose 12 percent, nowhere near double.";
        String remySummary = "Remy: one sector doubled, but total exports grew far less.";
        ok(draftVerdict(RITA, id, RITA_RATING, ritaSummary));
        ok(draftVerdict(REMY, id, REMY_RATING, remySummary));

        // Before either submits, neither sees the other's verdict.
        assertSeesOnlyOwnVerdict(REMY, id, remySummary, ritaSummary);
        assertSeesOnlyOwnVerdict(RITA, id, ritaSummary, remySummary);

        // Rita submits; the claim waits for remy, who still cannot see rita's verdict.
        JsonPath afterRita = ok(act(RITA, id, "submit")).jsonPath();
        assertThat(afterRita.getString("state")).isEqualTo("IN_RESEARCH");
        assertThat(read(EDNA, id).getString("state")).isEqualTo("IN_RESEARCH");
        assertSeesOnlyOwnVerdict(REMY, id, remySummary, ritaSummary);

        // With both in, the claim is in review and the editor sees both verdicts.
        assertThat(ok(act(REMY, id, "submit")).jsonPath().getString("state")).isEqualTo("IN_REVIEW");
        JsonPath asEditor = read(EDNA, id);
        assertThat(asEditor.getString("state")).isEqualTo("IN_REVIEW");
        assertThat(asEditor.getList("verdicts.author")).containsExactlyInAnyOrder(RITA, REMY);
        assertThat(asEditor.getList("verdicts.rating")).containsExactlyInAnyOrder(RITA_RATING, REMY_RATING);
        assertThat(asEditor.getList("verdicts.submitted")).containsOnly(true);

        // The ratings differ: the editor must say whose verdict to publish.
        Desk.Snapshot before = Desk.snapshot(id);
        Response unnamed = act(EDNA, id, "approve");
        assertThat(unnamed.statusCode()).isEqualTo(422);
        assertThat(unnamed.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(unnamed.jsonPath().getString("field")).isEqualTo("assignee");
        assertThat(Desk.snapshot(id)).isEqualTo(before);

        JsonPath published = ok(transition(EDNA, id, Map.of("action", "approve", "assignee", RITA))).jsonPath();
        assertThat(published.getString("state")).isEqualTo("PUBLISHED");
        assertThat(published.getList("publishedVersions")).hasSize(1);
        assertThat(published.getString("publishedVersions[0].rating")).isEqualTo(RITA_RATING);
        assertThat(published.getString("publishedVersions[0].summary")).isEqualTo(ritaSummary);
        Map<String, Object> review = Desk.factCheckOf(id);
        assertThat(review).isNotNull();
        assertThat(((Map<?, ?>) review.get("reviewRating")).get("alternateName")).isEqualTo(RITA_RATING);
    }

    @Test
    void theVerdictChosenOverADisagreementNamesOnlyItsReviewerAndTheApprovingEditor() {
        long id = reviewedByBoth("The ferry fare tripled", RITA_RATING, REMY_RATING);

        JsonPath published = ok(transition(EDNA, id, Map.of("action", "approve", "assignee", REMY))).jsonPath();

        assertThat(published.getString("publishedVersions[0].authors")).isEqualTo("Remy Okafor");
        assertThat(published.getString("publishedVersions[0].approvedBy")).isEqualTo(EDNA);
        String page = io.restassured.RestAssured.get("/fact-checks/" + id).asString();
        assertThat(page).contains("Rated by Remy Okafor; approved by Edna Park.").doesNotContain("Rita Alves");
    }

    @Test
    void reviewersWhoGaveTheSameRatingAreBothNamed() {
        long id = reviewedByBoth("The ferry fare quadrupled", RITA_RATING, RITA_RATING);

        JsonPath published = ok(act(EDNA, id, "approve")).jsonPath();

        assertThat(published.getString("publishedVersions[0].authors").split(", "))
                .containsExactlyInAnyOrder("Rita Alves", "Remy Okafor");
    }

    /** A claim of two seats, Rita's and Remy's verdicts with these ratings submitted, in review. */
    private static long reviewedByBoth(String about, String ritaRating, String remyRating) {
        long id = Desk.newClaim(about);
        ok(transition(EDNA, id, Map.of("action", "accept", "requiredReviews", 2)));
        for (String reviewer : new String[] {RITA, REMY}) {
            ok(act(reviewer, id, "claim"));
            assertThat(cite(reviewer, id).statusCode()).isEqualTo(201);
            ok(draftVerdict(reviewer, id, reviewer.equals(RITA) ? ritaRating : remyRating, reviewer + " looked at the fares."));
        }
        ok(act(RITA, id, "submit"));
        assertThat(ok(act(REMY, id, "submit")).jsonPath().getString("state")).isEqualTo("IN_REVIEW");
        return id;
    }

    private static void assertSeesOnlyOwnVerdict(String reviewer, long id, String ownSummary, String otherSummary) {
        Response response = Desk.as(reviewer).get(Desk.CLAIMS + "/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).as("%s's view of the claim", reviewer)
                .contains(ownSummary).doesNotContain(otherSummary);
        JsonPath claim = response.jsonPath();
        assertThat(claim.getString("state")).isEqualTo("IN_RESEARCH");
        assertThat(claim.getString("verdict.author")).isEqualTo(reviewer);
        assertThat(claim.getList("verdicts.author")).containsExactly(reviewer);
    }
}
