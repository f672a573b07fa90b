package org.factdesk.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.REMY;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.act;
import static org.factdesk.web.support.Desk.ok;
import static org.factdesk.web.support.Desk.read;
import static org.factdesk.web.support.Desk.transition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

/** Every refusal says why in problem+json, and leaves the claim exactly as it was. */
@QuarkusTest
class RefusalsTest {

    @Test
    void dismissWithoutReasonIsRefusedNamingTheReason() {
        long id = Desk.newClaim("Dismiss me without a reason");

        Response refused = refusedWithoutChange(id, 422, () -> act(EDNA, id, "dismiss"));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("reason");
    }

    @Test
    void dismissAsDuplicateOfItselfIsRefused() {
        long id = Desk.newClaim("Dismiss me as my own duplicate");

        Response refused = refusedWithoutChange(id, 422,
                () -> transition(EDNA, id, Map.of("action", "dismiss", "reason", "duplicate of #" + id)));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("reason");
    }

    @Test
    void aVerdictWithoutAnExplanationIsNotSubmittedForReview() {
        long id = Desk.claimHeldBy(RITA, "The library lends twice as many books");
        Desk.cite(RITA, id).then().statusCode(201);
        Desk.ok(Desk.as(RITA).body(Map.of("rating", "False", "summary", "Loans rose a tenth.", "explanation", "  "))
                .put(Desk.CLAIMS + "/" + id + "/verdict"));

        Response refused = refusedWithoutChange(id, 422, () -> act(RITA, id, "submit"));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("explanation");
    }

    @Test
    void dismissAsOpinionDismissesTheClaim() {
        long id = Desk.newClaim("Pineapple belongs on pizza");

        JsonPath dismissed = ok(transition(EDNA, id, Map.of("action", "dismiss", "reason", "opinion"))).jsonPath();

        assertThat(dismissed.getString("state")).isEqualTo("DISMISSED");
        assertThat(dismissed.getString("history[-1].action")).isEqualTo("dismiss");
        assertThat(dismissed.getString("history[-1].reason")).isEqualTo("opinion");
    }

    @Test
    void acceptWithThreeRequiredReviewsIsRefused() {
        long id = Desk.newClaim("Needs three reviews");

        Response refused = refusedWithoutChange(id, 422,
                () -> transition(EDNA, id, Map.of("action", "accept", "requiredReviews", 3)));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("requiredReviews");
    }

    @Test
    void reviewerCannotAcceptAClaim() {
        long id = Desk.newClaim("A reviewer tries to triage");

        refusedWithoutChange(id, 403, () -> act(RITA, id, "accept"));
    }

    @Test
    void claimingANewClaimIsAConflict() {
        long id = Desk.newClaim("Not yet triaged");

        refusedWithoutChange(id, 409, () -> act(RITA, id, "claim"));
    }

    @Test
    void requestChangesNeedsACommentAndSendsTheClaimBackToTheSameReviewer() {
        long id = Desk.claimInReview(RITA, "Sent back for more work", "Half true");

        Response refused = refusedWithoutChange(id, 422, () -> act(EDNA, id, "request-changes"));
        assertThat(refused.jsonPath().getString("field")).isEqualTo("comment");

        String comment = "Add the second source the summary mentions.";
        JsonPath sentBack = ok(transition(EDNA, id, Map.of("action", "request-changes", "comment", comment))).jsonPath();
        assertThat(sentBack.getString("state")).isEqualTo("IN_RESEARCH");
        assertThat(sentBack.getList("assignees")).containsExactly(RITA);
        assertThat(sentBack.getString("history[-1].comment")).isEqualTo(comment);
        JsonPath asRita = read(RITA, id);
        assertThat(asRita.getString("verdict.author")).isEqualTo(RITA);
        assertThat(asRita.getBoolean("verdict.submitted")).isFalse();
    }

    @Test
    void unknownActionIsRefusedNamingTheAction() {
        long id = Desk.newClaim("Asked to fly");

        Response refused = refusedWithoutChange(id, 422, () -> act(EDNA, id, "fly"));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("action");
    }

    @Test
    void verdictWithARatingOffTheScaleIsRefused() {
        long id = Desk.claimHeldBy(RITA, "Rated off the scale");

        Response refused = refusedWithoutChange(id, 422,
                () -> Desk.draftVerdict(RITA, id, "Pants on fire", "Not a rating we use."));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("rating");
        assertThat(read(RITA, id).getList("verdicts")).isEmpty();
    }

    @Test
    void verdictBySomeoneWhoDoesNotHoldTheClaimIsForbidden() {
        long id = Desk.claimHeldBy(RITA, "Rated by the wrong reviewer");

        refusedWithoutChange(id, 403, () -> Desk.draftVerdict(REMY, id, "True", "I was not assigned."));

        assertThat(read(EDNA, id).getList("verdicts")).isEmpty();
    }

    @Test
    void unknownClaimIsNotFound() {
        long missing = Long.MAX_VALUE - 7;

        for (Response response : new Response[] {
                Desk.as(EDNA).get(Desk.CLAIMS + "/" + missing),
                act(EDNA, missing, "accept"),
                Desk.cite(EDNA, missing),
                Desk.draftVerdict(RITA, missing, "True", "No such claim.")}) {
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith(Desk.PROBLEM_JSON);
            assertThat(response.jsonPath().getString("detail")).contains("#" + missing);
        }
    }

    @Test
    void malformedJsonIsABadRequest() {
        long id = Desk.newClaim("Sent garbage");

        Desk.Snapshot before = Desk.snapshot(id);
        Response refused = Desk.as(EDNA).body("{\"action\": \"accept\",").post(Desk.CLAIMS + "/" + id + "/transitions");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(refused.jsonPath().getString("detail")).isNotBlank();
        assertThat(Desk.snapshot(id)).isEqualTo(before);
    }

    @Test
    void sourceWithAStanceOffTheListIsRefusedNamingTheStance() {
        long id = Desk.claimHeldBy(RITA, "Cited with a stance we do not know");

        Response refused = refusedWithoutChange(id, 422, () -> Desk.as(RITA)
                .body(Map.of("url", "https://example.org/report", "title", "A report", "stance", "agrees"))
                .post(Desk.CLAIMS + "/" + id + "/sources"));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("stance");
        assertThat(read(RITA, id).getList("sources")).isEmpty();
    }

    @Test
    void acceptWithADueDateThatIsNotADateIsRefusedNamingTheDueDate() {
        long id = Desk.newClaim("Due some day");

        Response refused = refusedWithoutChange(id, 422,
                () -> transition(EDNA, id, Map.of("action", "accept", "dueDate", "next week")));

        assertThat(refused.jsonPath().getString("field")).isEqualTo("dueDate");
    }

    @Test
    void claimListRefusesALimitOutOfRange() {
        for (int limit : new int[] {0, 201}) {
            Response refused = Desk.as(EDNA).queryParam("limit", limit).get(Desk.CLAIMS);
            assertThat(refused.statusCode()).as("limit %d", limit).isEqualTo(400);
            assertThat(refused.contentType()).startsWith(Desk.PROBLEM_JSON);
            assertThat(refused.jsonPath().getString("field")).isEqualTo("limit");
        }
        Desk.as(EDNA).queryParam("limit", 200).get(Desk.CLAIMS).then().statusCode(200);
    }

    /** Runs a request that must be refused, and checks it changed nothing about the claim. */
    private static Response refusedWithoutChange(long claimId, int status, Supplier<Response> request) {
        Desk.Snapshot before = Desk.snapshot(claimId);
        Response response = request.get();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(Desk.snapshot(claimId)).as("the claim after a refused request").isEqualTo(before);
        return response;
    }
}
