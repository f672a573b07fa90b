package org.factdesk.web.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.CLAIMS;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.PROBLEM_JSON;
import static org.factdesk.web.support.Desk.REMY;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.act;
import static org.factdesk.web.support.Desk.ok;
import static org.factdesk.web.support.Desk.transition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** Notes between the people on a claim, and the notifications that tell each of them what concerns them. */
@QuarkusTest
class ConversationTest {

    @Test
    void aNoteThatMentionsAnEditorIsInTheThreadAndTheChangeFeedAndNotifiesThem() {
        long id = Desk.claimHeldBy(RITA, "The bridge toll doubled in 2019");
        long before = Desk.lastSeq();

        Response written = note(RITA, id, "@edna is 2018 the right base year for the toll?");

        assertThat(written.statusCode()).as(written.asString()).isEqualTo(201);
        assertThat(written.jsonPath().getList("mentions")).containsExactly("edna");
        List<Map<String, Object>> notes = Desk.as(EDNA).get(CLAIMS + "/" + id + "/notes").then().statusCode(200)
                .extract().jsonPath().getList("notes");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n).containsEntry("author", RITA).containsEntry("authorName", "Rita Alves")
                    .containsEntry("text", "@edna is 2018 the right base year for the toll?");
        });
        assertThat(Desk.eventsAfter(before)).anySatisfy(e -> assertThat(e).containsEntry("action", "note")
                .containsEntry("claimId", (int) id).containsEntry("actor", RITA));
        assertThat(lineFor(PageSession.signIn(EDNA).page("/notifications"), id))
                .contains("New", "Rita Alves mentioned you in a note on claim #" + id);
    }

    @Test
    void theReviewerIsToldOfAReplyWithoutBeingMentioned() {
        long id = Desk.claimHeldBy(RITA, "Bus fares rose by a third");
        assertThat(note(RITA, id, "@edna which fare table do we use?").statusCode()).isEqualTo(201);

        assertThat(note(EDNA, id, "The one from the transport authority, not the operator's.").statusCode()).isEqualTo(201);

        assertThat(lineFor(PageSession.signIn(RITA).page("/notifications"), id))
                .contains("Edna Park wrote a note on claim #" + id);
        assertThat(PageSession.signIn(EDNA).page("/notifications")).doesNotContain("Edna Park wrote a note on claim #" + id);
    }

    @Test
    void aReviewerWhoIsNotOnTheClaimMayNotWriteOnIt() {
        long id = Desk.claimHeldBy(RITA, "The library opens fewer hours");

        Response refused = note(REMY, id, "I think this is wrong.");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(notesOf(id)).isEmpty();
    }

    @Test
    void aBlankNoteAndAMentionOfNoOneAreRefusedNamingTheTextAndWriteNothing() {
        long id = Desk.claimHeldBy(RITA, "Fewer nurses work nights");

        Response blank = note(RITA, id, "   ");
        Response unknown = note(RITA, id, "Ask @nobody-here about it.");

        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.jsonPath().getString("field")).isEqualTo("text");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.jsonPath().getString("detail")).contains("No one at the desk is called @nobody-here");
        assertThat(notesOf(id)).isEmpty();
    }

    @Test
    void notesNeverReachThePublicPageOrTheClaimReview() {
        long id = Desk.claimInReview(RITA, "The harbour fee is the highest in Europe", "False");
        assertThat(note(EDNA, id, "Private: the harbour master asked not to be named.").statusCode()).isEqualTo(201);
        ok(act(EDNA, id, "approve"));

        String publicPage = RestAssured.given().get("/fact-checks/" + id).then().statusCode(200).extract().asString();

        assertThat(publicPage).doesNotContain("harbour master asked");
        assertThat(Desk.factCheckOf(id).toString()).doesNotContain("harbour master asked");
    }

    @Test
    void anAssignedReviewerSeesItInTheHeaderAndOpeningTheClaimMarksItRead() {
        long id = Desk.readyClaim("Parking fines raised more than the budget", 1);
        ok(transition(EDNA, id, Map.of("action", "assign", "assignee", REMY)));
        PageSession remy = PageSession.signIn(REMY);

        assertThat(remy.page("/queue")).containsPattern("aria-label=\"Notifications, \\d+ unread\"");
        assertThat(lineFor(remy.page("/notifications"), id)).contains("New", "Edna Park assigned you claim #" + id);

        remy.page("/claims/" + id);

        assertThat(lineFor(remy.page("/notifications"), id)).doesNotContain("New");
    }

    @Test
    void requestedChangesAndTheApprovalReachTheReviewer() {
        long id = Desk.claimInReview(RITA, "Water bills rose twice as fast as wages", "False");
        ok(transition(EDNA, id, Map.of("action", "request-changes", "comment", "Cite the regulator's table.")));
        assertThat(lineFor(PageSession.signIn(RITA).page("/notifications"), id))
                .contains("Edna Park asked for changes to your review of claim #" + id);

        Desk.cite(RITA, id).then().statusCode(201);
        ok(act(RITA, id, "submit"));
        ok(act(EDNA, id, "approve"));

        assertThat(lineFor(PageSession.signIn(RITA).page("/notifications"), id))
                .contains("Edna Park approved and published claim #" + id);
    }

    @Test
    void aNoteFromTheClaimPageWithAMentionOfNoOneComesBackBesideTheFieldWithTheTextKept() {
        long id = Desk.claimHeldBy(RITA, "Half the streetlights are off");
        PageSession rita = PageSession.signIn(RITA);

        rita.redirectAfter("/claims/" + id, "/claims/" + id + "/notes", Map.of("text", "Ask @nobody-here first"));
        String page = rita.page("/claims/" + id);

        assertThat(page).contains("id=\"text-error\"", "No one at the desk is called @nobody-here", ">Ask @nobody-here first</textarea>");
        assertThat(notesOf(id)).isEmpty();

        rita.redirectAfter("/claims/" + id, "/claims/" + id + "/notes", Map.of("text", "@edna the council replied today."));
        assertThat(rita.page("/claims/" + id)).contains("class=\"note\"", "the council replied today.", "@edna notified.");
    }

    @Test
    void markingAllReadEmptiesTheCount() {
        long id = Desk.readyClaim("The museum lost half its visitors", 1);
        ok(transition(EDNA, id, Map.of("action", "assign", "assignee", RITA)));
        PageSession rita = PageSession.signIn(RITA);

        rita.redirectAfter("/notifications", "/notifications/read", Map.of());

        assertThat(rita.page("/notifications")).doesNotContain("Notifications, ", "class=\"new-tag\"");
    }

    private static Response note(String username, long id, String text) {
        return Desk.as(username).body(Map.of("text", text)).post(CLAIMS + "/" + id + "/notes");
    }

    private static List<Object> notesOf(long id) {
        return Desk.as(EDNA).get(CLAIMS + "/" + id + "/notes").then().statusCode(200).extract().jsonPath().getList("notes");
    }

    /** The notifications list's line about one claim, newest first. */
    private static String lineFor(String page, long id) {
        Matcher line = Pattern.compile("<li class=\"(?:unread|read)\">(?:(?!</li>).)*?/claims/" + id + "\"(?:(?!</li>).)*</li>",
                Pattern.DOTALL).matcher(page);
        assertThat(line.find()).as("a line about claim #%d in %s", id, page).isTrue();
        return line.group();
    }
}
