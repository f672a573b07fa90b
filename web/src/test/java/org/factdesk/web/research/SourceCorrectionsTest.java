package org.factdesk.web.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.REMY;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.act;
import static org.factdesk.web.support.Desk.as;
import static org.factdesk.web.support.Desk.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** A cited source can be corrected or removed while its claim is in research, and the history keeps both. */
@QuarkusTest
class SourceCorrectionsTest {

    private static final String CLAIMS = "/api/v1/claims/";

    @Test
    void aReviewerCorrectsACitedSourceAndTheHistorySaysWhichFieldsChanged() {
        long id = Desk.claimHeldBy(RITA, "The harbour tunnel carries 40,000 cars a day");
        long sourceId = citedSourceId(id);

        JsonPath claim = as(RITA).body(source("Harbour tunnel traffic count 2020", "https://web.archive.org/web/2020/https://example.org/tunnel"))
                .put(CLAIMS + id + "/sources/" + sourceId).then().statusCode(200).extract().jsonPath();

        assertThat(claim.getString("sources[0].title")).isEqualTo("Harbour tunnel traffic count 2020");
        assertThat(claim.getString("sources[0].archiveUrl")).isEqualTo("https://web.archive.org/web/2020/https://example.org/tunnel");
        Map<String, Object> last = lastEvent(id);
        assertThat(last).containsEntry("action", "edit-source").containsEntry("actor", "rita");
        assertThat((String) last.get("comment")).isEqualTo("“Harbour tunnel traffic count 2020”: changed web address, title, archived copy");
    }

    @Test
    void aCorrectionsSourceChangesReachReadersOnlyOnceItIsApproved() {
        long id = Desk.claimInReview(RITA, "The tram line opened on time", "False");
        ok(act(EDNA, id, "approve"));
        ok(Desk.transition(EDNA, id, Map.of("action", "reopen", "reason", "A newer timetable was found.")));
        long sourceId = Desk.read(EDNA, id).getLong("sources[0].id");
        as(RITA).body(source("Tram timetable, revised edition", null)).put(CLAIMS + id + "/sources/" + sourceId)
                .then().statusCode(200);

        String during = PageSession.signedOut().page("/fact-checks/" + id);

        assertThat(during).contains(">Official statistics for claim " + id + "</a>").doesNotContain("Tram timetable, revised edition");
        ok(Desk.draftVerdict(RITA, id, "Mostly true", "The line opened a week late."));
        ok(act(RITA, id, "submit"));
        ok(act(EDNA, id, "approve"));
        String after = PageSession.signedOut().page("/fact-checks/" + id);
        assertThat(after).contains(">Tram timetable, revised edition</a>").doesNotContain(">Official statistics for claim " + id + "</a>");
        as(RITA).delete(CLAIMS + id + "/sources/" + sourceId).then().statusCode(409);
    }

    @Test
    void aRemovedSourceIsNoLongerCitedButStaysInTheHistoryAndTheFeed() {
        long id = Desk.claimHeldBy(RITA, "The city planted a million trees");
        long first = citedSourceId(id);
        citedSourceId(id);
        long before = Desk.lastSeq();

        JsonPath claim = as(RITA).delete(CLAIMS + id + "/sources/" + first).then().statusCode(200).extract().jsonPath();

        List<Long> left = claim.getList("sources.id", Long.class);
        assertThat(left).hasSize(1).doesNotContain(first);
        Map<String, Object> last = lastEvent(id);
        assertThat(last).containsEntry("action", "remove-source");
        assertThat((String) last.get("comment")).startsWith("“Official statistics for claim " + id + "” https://example.org/evidence/" + id + "/");
        assertThat(Desk.eventsAfter(before)).extracting(e -> e.get("action")).contains("remove-source");
        as(RITA).delete(CLAIMS + id + "/sources/" + first).then().statusCode(409);
    }

    @Test
    void sourcesCannotChangeOnceTheClaimHasLeftResearch() {
        long id = Desk.claimInReview(RITA, "The ferry carries more passengers than the bridge", "False");
        JsonPath before = Desk.read(EDNA, id);
        long sourceId = before.getLong("sources[0].id");

        Response edit = as(EDNA).body(source("A new title", null)).put(CLAIMS + id + "/sources/" + sourceId);
        Response removal = as(EDNA).delete(CLAIMS + id + "/sources/" + sourceId);

        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(removal.statusCode()).isEqualTo(409);
        assertThat(Desk.read(EDNA, id).getList("sources")).isEqualTo(before.getList("sources"));
    }

    @Test
    void aReviewerWhoDoesNotHoldTheClaimCannotChangeItsSources() {
        long id = Desk.claimHeldBy(RITA, "The stadium sold out every match");
        long sourceId = citedSourceId(id);

        assertThat(as(REMY).body(source("Changed by Remy", null)).put(CLAIMS + id + "/sources/" + sourceId).statusCode()).isEqualTo(403);
        assertThat(as(REMY).delete(CLAIMS + id + "/sources/" + sourceId).statusCode()).isEqualTo(403);
        assertThat(PageSession.signIn(REMY).get("/claims/" + id + "/sources/" + sourceId).statusCode()).isEqualTo(403);
        assertThat(Desk.read(EDNA, id).getString("sources[0].title")).isEqualTo("Official statistics for claim " + id);
    }

    @Test
    void anArchivedCopyThatIsNotAWebAddressIsRefusedAndNothingChanges() {
        long id = Desk.claimHeldBy(RITA, "The bus fleet is fully electric");
        long sourceId = citedSourceId(id);

        Response refused = as(RITA).body(source("A new title", "javascript:alert(1)")).put(CLAIMS + id + "/sources/" + sourceId);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getString("field")).isEqualTo("archiveUrl");
        assertThat(Desk.read(RITA, id).getString("sources[0].title")).isEqualTo("Official statistics for claim " + id);
        assertThat(lastEvent(id)).containsEntry("action", "cite");
    }

    @Test
    void aSourceOfAnotherClaimIsNotFound() {
        long mine = Desk.claimHeldBy(RITA, "The river is cleaner than in 1990");
        long other = Desk.claimHeldBy(RITA, "The river floods every spring");
        long othersSource = citedSourceId(other);

        assertThat(as(RITA).delete(CLAIMS + mine + "/sources/" + othersSource).statusCode()).isEqualTo(404);
        assertThat(Desk.read(RITA, other).getList("sources")).hasSize(1);
    }

    @Test
    void theEditPageKeepsTheTypedTextBesideAnErrorThenSavesAndTheArchivedCopyIsShownOnBothPages() {
        long id = Desk.claimHeldBy(RITA, "The new hospital has 900 beds");
        long sourceId = citedSourceId(id);
        PageSession rita = PageSession.signIn(RITA);
        String editPage = "/claims/" + id + "/sources/" + sourceId;
        assertThat(rita.page("/claims/" + id)).contains("href=\"" + editPage + "\"");

        Map<String, String> form = new LinkedHashMap<>(pageForm("Hospital bed census", "not a web address"));
        String back = rita.redirectAfter(editPage, editPage, form);

        assertThat(back).isEqualTo(editPage);
        String refused = rita.page(editPage);
        assertThat(refused).contains("id=\"archiveUrl-error\"", "value=\"Hospital bed census\"", "value=\"not a web address\"");
        assertThat(Desk.read(RITA, id).getString("sources[0].title")).isEqualTo("Official statistics for claim " + id);

        form.put("archiveUrl", "https://archive.ph/hospital-census");
        assertThat(rita.redirectAfter(editPage, editPage, form)).isEqualTo("/claims/" + id);
        String claimPage = rita.page("/claims/" + id);
        assertThat(claimPage).contains(">Hospital bed census</a>", "href=\"https://archive.ph/hospital-census\"",
                "<time datetime=\"2020-08-01\">1 August 2020</time>");

        ok(Desk.draftVerdict(RITA, id, "False", "The hospital has 640 beds."));
        ok(act(RITA, id, "submit"));
        ok(act(EDNA, id, "approve"));
        assertThat(PageSession.signedOut().page("/fact-checks/" + id)).contains("href=\"https://archive.ph/hospital-census\"",
                "Archived copy");
    }

    @Test
    void removingOnThePageTakesTheSourceOffTheClaimAndTheTimelineSaysSo() {
        long id = Desk.claimHeldBy(RITA, "The library lends a million books a year");
        long sourceId = citedSourceId(id);
        PageSession rita = PageSession.signIn(RITA);
        String editPage = "/claims/" + id + "/sources/" + sourceId;

        String back = rita.redirectAfter(editPage, editPage + "/remove", Map.of());

        assertThat(back).isEqualTo("/claims/" + id);
        String claimPage = rita.page("/claims/" + id);
        assertThat(claimPage).contains("No source cited yet.", "remove-source", "“Official statistics for claim " + id + "”");
        assertThat(rita.get(editPage).statusCode()).isEqualTo(409);
    }

    /** Rita holds every claim here, so she cites; the answer lists the sources oldest first. */
    private static long citedSourceId(long claimId) {
        Response cited = Desk.cite(RITA, claimId);
        assertThat(cited.statusCode()).as(cited.asString()).isEqualTo(201);
        return cited.jsonPath().getLong("sources[-1].id");
    }

    private static Map<String, Object> source(String title, String archiveUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", "https://example.org/evidence/changed");
        body.put("title", title);
        body.put("publisher", "Example Statistics Office");
        body.put("publishedOn", "2020-08-01");
        body.put("stance", "REFUTES");
        body.put("quote", "The figures show otherwise.");
        body.put("archiveUrl", archiveUrl);
        return body;
    }

    private static Map<String, String> pageForm(String title, String archiveUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("url", "https://example.org/evidence/changed");
        form.put("title", title);
        form.put("publisher", "Example Statistics Office");
        form.put("publishedOn", "2020-08-01");
        form.put("accessedOn", Desk.today().toString());
        form.put("stance", "refutes");
        form.put("quote", "The figures show otherwise.");
        form.put("archiveUrl", archiveUrl);
        return form;
    }

    private static Map<String, Object> lastEvent(long claimId) {
        List<Map<String, Object>> history = Desk.read(EDNA, claimId).getList("history");
        return history.get(history.size() - 1);
    }
}
