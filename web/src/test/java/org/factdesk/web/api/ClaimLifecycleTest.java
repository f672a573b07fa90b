package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDDIE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimLifecycleTest {

    @BeforeEach
    void thereIsASecondEditor() {
        Desk.ensureSecondEditor();
    }

    @Test
    void claimGoesFromSubmissionThroughPublicationAndCorrection() {
        long feedBefore = Desk.lastSeq();

        // An integration submits a claim: 201, Location names it, and it waits for triage.
        String text = Desk.uniqueText("The city spent twice its budget on roads last year");
        Response submitted = Desk.submit(EDNA, text, "Mayor Example");
        assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
        long id = submitted.jsonPath().getLong("id");
        assertThat(submitted.header("Location")).endsWith("/api/v1/claims/" + id);
        assertThat(submitted.jsonPath().getString("state")).isEqualTo("NEW");
        assertThat(submitted.jsonPath().getString("text")).isEqualTo(text);
        assertThat(submitted.jsonPath().getString("claimant.name")).isEqualTo("Mayor Example");

        // The editor accepts it with a priority and a due date.
        LocalDate due = Desk.today().plusDays(7);
        JsonPath accepted = ok(transition(EDNA, id, Map.of("action", "accept", "priority", "HIGH",
                "dueDate", due.toString()))).jsonPath();
        assertThat(accepted.getString("state")).isEqualTo("READY");
        assertThat(accepted.getString("priority")).isEqualTo("HIGH");
        assertThat(accepted.getString("dueDate")).isEqualTo(due.toString());

        // A reviewer claims it; the second claimant is too late.
        JsonPath claimed = ok(act(RITA, id, "claim")).jsonPath();
        assertThat(claimed.getString("state")).isEqualTo("IN_RESEARCH");
        assertThat(claimed.getList("assignees")).containsExactly(RITA);
        Response late = act(REMY, id, "claim");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(read(EDNA, id).getList("assignees")).containsExactly(RITA);

        // A rated verdict without a cited source cannot go for review, and nothing changes.
        ok(draftVerdict(RITA, id, "False", "The city spent 8% over its road budget, not twice it."));
        Desk.Snapshot beforeRefusal = Desk.snapshot(id);
        Response noSource = act(RITA, id, "submit");
        assertThat(noSource.statusCode()).isEqualTo(422);
        assertThat(noSource.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(noSource.jsonPath().getString("field")).isEqualTo("sources");
        assertThat(Desk.snapshot(id)).isEqualTo(beforeRefusal);
        assertThat(read(RITA, id).getBoolean("verdict.submitted")).isFalse();

        // Cited and rated, it goes for review.
        Response cited = cite(RITA, id);
        assertThat(cited.statusCode()).as(cited.asString()).isEqualTo(201);
        assertThat(cited.jsonPath().getList("sources")).hasSize(1);
        assertThat(cited.jsonPath().getString("sources[0].stance")).isEqualTo("refutes");
        JsonPath inReview = ok(act(RITA, id, "submit")).jsonPath();
        assertThat(inReview.getString("state")).isEqualTo("IN_REVIEW");

        // A reviewer may not approve.
        Desk.Snapshot beforeReviewerApproval = Desk.snapshot(id);
        assertThat(act(REMY, id, "approve").statusCode()).isEqualTo(403);
        assertThat(Desk.snapshot(id)).isEqualTo(beforeReviewerApproval);

        // An editor who did not rate it approves: it is published as a ClaimReview.
        JsonPath published = ok(act(EDDIE, id, "approve")).jsonPath();
        assertThat(published.getString("state")).isEqualTo("PUBLISHED");
        Map<String, Object> review = Desk.factCheckOf(id);
        assertThat(review).as("the claim's ClaimReview in the public feed").isNotNull();
        assertThat(review.get("@type")).isEqualTo("ClaimReview");
        assertThat(rating(review).get("alternateName")).isEqualTo("False");
        assertThat(String.valueOf(review.get("url"))).endsWith("/fact-checks/" + id);
        assertThat(review).doesNotContainKey("correction");
        List<Map<String, Object>> firstVersions = read(EDNA, id).getList("publishedVersions");
        assertThat(firstVersions).hasSize(1);
        Map<String, Object> firstVersion = firstVersions.get(0);
        assertThat(firstVersion.get("rating")).isEqualTo("False");
        assertThat(firstVersion.get("approvedBy")).isEqualTo(EDDIE);

        // Reopening needs a reason, which becomes the public correction note.
        Desk.Snapshot beforeReopen = Desk.snapshot(id);
        Response noReason = act(EDNA, id, "reopen");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.jsonPath().getString("field")).isEqualTo("reason");
        assertThat(Desk.snapshot(id)).isEqualTo(beforeReopen);
        String correction = "The council published revised accounts that change the overspend.";
        JsonPath reopened = ok(transition(EDNA, id, Map.of("action", "reopen", "reason", correction))).jsonPath();
        assertThat(reopened.getString("state")).isEqualTo("IN_RESEARCH");
        assertThat(reopened.getList("assignees")).containsExactly(RITA);

        // The same reviewer revises and resubmits; an editor approves the correction.
        assertThat(read(RITA, id).getBoolean("verdict.submitted")).isFalse();
        ok(draftVerdict(RITA, id, "Mostly false", "The revised accounts show a 30% overspend, still far from twice."));
        assertThat(ok(act(RITA, id, "submit")).jsonPath().getString("state")).isEqualTo("IN_REVIEW");
        assertThat(ok(act(EDNA, id, "approve")).jsonPath().getString("state")).isEqualTo("PUBLISHED");

        Map<String, Object> corrected = Desk.factCheckOf(id);
        assertThat(corrected).isNotNull();
        assertThat(rating(corrected).get("alternateName")).isEqualTo("Mostly false");
        assertThat(corrected).containsKey("correction");
        assertThat(((Map<?, ?>) corrected.get("correction")).get("text")).isEqualTo(correction);
        assertThat(corrected.get("datePublished")).isEqualTo(review.get("datePublished"));

        List<Map<String, Object>> versions = read(EDNA, id).getList("publishedVersions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).as("the first version is kept as it was").isEqualTo(firstVersion);
        assertThat(versions.get(1).get("version")).isEqualTo(2);
        assertThat(versions.get(1).get("rating")).isEqualTo("Mostly false");
        assertThat(versions.get(1).get("correctionNote")).isEqualTo(correction);

        // The change feed tells the whole story of the claim, in order; refusals left no trace.
        List<Map<String, Object>> events = Desk.eventsAfter(feedBefore).stream()
                .filter(e -> ((Number) e.get("claimId")).longValue() == id).toList();
        assertThat(events).extracting(e -> e.get("action")).containsExactly(
                "create", "accept", "claim", "cite", "submit", "approve", "reopen", "submit", "approve");
        assertThat(events).extracting(e -> e.get("actor")).containsExactly(
                EDNA, EDNA, RITA, RITA, RITA, EDDIE, EDNA, RITA, EDNA);
        assertThat(events).extracting(e -> e.get("to")).containsExactly(
                "NEW", "READY", "IN_RESEARCH", "IN_RESEARCH", "IN_REVIEW", "PUBLISHED", "IN_RESEARCH", "IN_REVIEW",
                "PUBLISHED");
        assertThat(events.get(0).get("from")).isNull();
        assertThat(events.get(6).get("from")).isEqualTo("PUBLISHED");
        assertThat(events.get(6).get("reason")).isEqualTo(correction);
        assertThat(events).allSatisfy(e -> assertThat(e.get("at")).isNotNull());
        assertStrictlyIncreasing(events);
        assertThat(read(EDNA, id).getList("history.seq", Long.class))
                .containsExactlyElementsOf(events.stream().map(e -> ((Number) e.get("seq")).longValue()).toList());
    }

    @Test
    void editorWhoRatedAClaimCannotApproveItButAnotherEditorCan() {
        long id = Desk.readyClaim("Unemployment fell to a record low in March", 1);
        ok(act(EDDIE, id, "claim"));
        assertThat(cite(EDDIE, id).statusCode()).isEqualTo(201);
        ok(draftVerdict(EDDIE, id, "True", "The statistics office confirms the record low."));
        assertThat(ok(act(EDDIE, id, "submit")).jsonPath().getString("state")).isEqualTo("IN_REVIEW");

        Desk.Snapshot before = Desk.snapshot(id);
        Response ownApproval = act(EDDIE, id, "approve");
        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(ownApproval.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(ownApproval.jsonPath().getString("detail")).contains("two-person rule");
        assertThat(Desk.snapshot(id)).isEqualTo(before);
        assertThat(Desk.factCheckOf(id)).isNull();

        JsonPath approved = ok(act(EDNA, id, "approve")).jsonPath();
        assertThat(approved.getString("state")).isEqualTo("PUBLISHED");
        assertThat(approved.getString("publishedVersions[0].approvedBy")).isEqualTo(EDNA);
        assertThat(rating(Desk.factCheckOf(id)).get("alternateName")).isEqualTo("True");
    }

    @Test
    void changeFeedSequenceNumbersStrictlyIncrease() {
        Desk.newClaim("Sequence check");
        List<Map<String, Object>> all = Desk.eventsAfter(0);
        assertThat(all).isNotEmpty();
        assertStrictlyIncreasing(all);
    }

    private static Map<?, ?> rating(Map<String, Object> review) {
        return (Map<?, ?>) review.get("reviewRating");
    }

    private static void assertStrictlyIncreasing(List<Map<String, Object>> events) {
        for (int i = 1; i < events.size(); i++) {
            long previous = ((Number) events.get(i - 1).get("seq")).longValue();
            long current = ((Number) events.get(i).get("seq")).longValue();
            assertThat(current).as("seq of event %d", i).isGreaterThan(previous);
        }
    }
}
