package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** Triage at the size of a real desk: orders that matter, several claims in one step, errors on the card. */
@QuarkusTest
class TriagePagesTest {

    private static final Pattern CARD = Pattern.compile("<article class=\"triage-card[^\"]*\" id=\"card-(\\d+)\"");
    private static final Pattern WORTHINESS = Pattern.compile("check-worthy (\\d+|—)%?");

    @Test
    void newClaimsComeMostCheckWorthyFirstUnlessAnotherOrderIsChosen() {
        long mostWorthy = Desk.newClaim("Most check-worthy for triage");
        setWorthiness(mostWorthy, 1.0);
        PageSession edna = PageSession.signIn(EDNA);

        String byWorthiness = edna.page("/triage");
        String byAge = edna.page("/triage?order=age");

        List<Long> worthinessOrder = cardIds(byWorthiness);
        assertThat(worthinessOrder).contains(mostWorthy);
        List<Integer> percents = worthinessPercents(byWorthiness);
        assertThat(percents).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(byWorthiness).contains("<option value=\"worthiness\" selected>Most check-worthy first</option>");
        List<Long> ageOrder = cardIds(byAge);
        assertThat(ageOrder).isSorted().startsWith(oldestNewClaim());
        assertThat(byAge).contains("<option value=\"age\" selected>Oldest first</option>")
                .contains("value=\"/triage?order=age\"");
    }

    @Test
    void dueSoonestFirstPutsTheClaimDueEarliestAtTheTop() {
        long dueFirst = Desk.newClaim("Due long ago for triage");
        QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(dueFirst).dueDate = Desk.today().minusDays(9000));
        List<Long> dueOrder;
        try {
            dueOrder = cardIds(PageSession.signIn(EDNA).page("/triage?order=due"));
        } finally {
            // Other tests count the desk's overdue claims.
            QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(dueFirst).dueDate = null);
        }

        assertThat(dueOrder).first().isEqualTo(dueFirst);
    }

    @Test
    void anUnknownOrderIsABadRequest() {
        assertThat(PageSession.signIn(EDNA).get("/triage?order=random").statusCode()).isEqualTo(400);
    }

    @Test
    void anEditorAcceptsSeveralSelectedClaimsInOneStep() {
        long first = Desk.newClaim("Bulk accept one");
        long second = Desk.newClaim("Bulk accept two");
        PageSession edna = PageSession.signIn(EDNA);

        Response answer = edna.submitChecked("/triage", "/triage/bulk", bulk("accept", Map.of("priority", "high",
                "requiredReviews", "2", "dueDate", Desk.today().plusDays(3).toString())), "claim", List.of(first, second));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(URI.create(answer.header("Location")).getPath()).isEqualTo("/triage");
        for (long id : List.of(first, second)) {
            var claim = Desk.read(EDNA, id);
            assertThat(claim.getString("state")).isEqualTo("READY");
            assertThat(claim.getString("priority")).isEqualTo("HIGH");
            assertThat(claim.getInt("requiredReviews")).isEqualTo(2);
        }
        assertThat(edna.page("/triage")).contains("Accepted 2 claims: #" + first + ", #" + second + ".");
    }

    @Test
    void selectedClaimsAreDismissedWithTheChosenReason() {
        long first = Desk.newClaim("Bulk dismiss one");
        long second = Desk.newClaim("Bulk dismiss two");

        PageSession.signIn(EDNA).submitChecked("/triage", "/triage/bulk", bulk("dismiss", Map.of("reason", "opinion")), "claim", List.of(first, second));

        for (long id : List.of(first, second)) {
            var claim = Desk.read(EDNA, id);
            assertThat(claim.getString("state")).isEqualTo("DISMISSED");
            assertThat(claim.getString("history[-1].reason")).isEqualTo("opinion");
        }
    }

    @Test
    void aSelectedClaimThatMovedMeanwhileIsNamedAndTheOthersStillMove() {
        long fresh = Desk.newClaim("Bulk still new");
        long movedOn = Desk.newClaim("Bulk already dismissed");
        Desk.ok(Desk.transition(EDNA, movedOn, Map.of("action", "dismiss", "reason", "out of scope")));
        PageSession edna = PageSession.signIn(EDNA);

        edna.submitChecked("/triage", "/triage/bulk", bulk("accept", Map.of()), "claim", List.of(fresh, movedOn));

        assertThat(Desk.read(EDNA, fresh).getString("state")).isEqualTo("READY");
        assertThat(Desk.read(EDNA, movedOn).getString("state")).isEqualTo("DISMISSED");
        String page = edna.page("/triage");
        assertThat(page).contains("Accepted 1 claim: #" + fresh + ".").contains("#" + movedOn + " was left as it was:");
    }

    @Test
    void aPastDueDateRefusesTheWholeSelectionAndKeepsWhatWasChosen() {
        long first = Desk.newClaim("Bulk past due one");
        long second = Desk.newClaim("Bulk past due two");
        // On the first page of triage, where the ticks are looked for.
        setWorthiness(first, 1.0);
        setWorthiness(second, 1.0);
        PageSession edna = PageSession.signIn(EDNA);
        String yesterday = Desk.today().minusDays(1).toString();

        Response refused = edna.submitChecked("/triage", "/triage/bulk", bulk("accept", Map.of("priority", "urgent", "dueDate", yesterday)),
                "claim", List.of(first, second));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(Desk.read(EDNA, first).getString("state")).isEqualTo("NEW");
        assertThat(Desk.read(EDNA, second).getString("state")).isEqualTo("NEW");
        String page = edna.page("/triage");
        assertThat(page).contains("aria-label=\"Select #" + first + "\" checked>", "aria-label=\"Select #" + second + "\" checked>",
                "href=\"#card-bulk-error\"");
        assertThat(page).contains("id=\"card-bulk-error\"", "is in the past", "id=\"bulk-dueDate\" name=\"dueDate\" type=\"date\" value=\"" + yesterday + "\"",
                "<option value=\"urgent\" selected>Urgent</option>");
    }

    @Test
    void nothingSelectedIsExplainedAndChangesNothing() {
        PageSession edna = PageSession.signIn(EDNA);

        Response refused = edna.submitChecked("/triage", "/triage/bulk", bulk("accept", Map.of()), "claim", List.of());

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(edna.page("/triage")).contains("Select at least one claim first.");
    }

    @Test
    void selectedReadyClaimsAreAssignedToOneReviewer() {
        long first = Desk.readyClaim("Bulk assign one", 1);
        long second = Desk.readyClaim("Bulk assign two", 1);
        PageSession edna = PageSession.signIn(EDNA);

        edna.submitChecked("/triage", "/triage/bulk", bulk("assign", Map.of("assignee", Desk.REMY)), "claim", List.of(first, second));

        for (long id : List.of(first, second)) {
            var claim = Desk.read(EDNA, id);
            assertThat(claim.getString("state")).isEqualTo("IN_RESEARCH");
            assertThat(claim.getList("assignees")).containsExactly(Desk.REMY);
        }
        assertThat(edna.page("/triage")).contains("Assigned 2 claims to remy: #" + first + ", #" + second + ".");
    }

    @Test
    void aRefusedAcceptOnACardShowsTheErrorOnThatCardWithThePriorityKept() {
        long id = Desk.newClaim("Card error for triage");
        setWorthiness(id, 1.0);
        PageSession edna = PageSession.signIn(EDNA);
        String yesterday = Desk.today().minusDays(1).toString();

        Response refused = edna.submit("/triage", "/claims/" + id + "/actions", Map.of("action", "accept", "back", "/triage",
                "card", String.valueOf(id), "priority", "high", "requiredReviews", "2", "dueDate", yesterday));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("NEW");
        String page = edna.page("/triage");
        String card = cardOf(page, id);
        assertThat(page).contains("href=\"#card-" + id + "-error\"");
        assertThat(card).contains("triage-card has-error", "id=\"card-" + id + "-error\"", "is in the past",
                "<option value=\"high\" selected>High</option>", "<option value=\"2\" selected>2 reviewers, blind</option>",
                "value=\"" + yesterday + "\" aria-invalid=\"true\"");
    }

    @Test
    void dismissLooksSecondaryBesideAccept() {
        long id = Desk.newClaim("Secondary dismiss for triage");
        setWorthiness(id, 1.0);

        String card = cardOf(PageSession.signIn(EDNA).page("/triage"), id);

        assertThat(card).contains("<button type=\"submit\" class=\"secondary\" aria-label=\"Dismiss #" + id + "\">")
                .contains("<button type=\"submit\" aria-label=\"Accept #" + id + "\">");
    }

    @Test
    void aReviewerCannotTriageInBulk() {
        long id = Desk.newClaim("Reviewer bulk for triage");
        PageSession rita = PageSession.signIn(RITA);

        Response refused = rita.submitChecked("/queue", "/triage/bulk", bulk("accept", Map.of()), "claim", List.of(id));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("NEW");
        assertThat(rita.page("/queue")).contains("Your role does not allow this.");
    }

    private static Map<String, String> bulk(String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("action", action);
        form.put("back", "/triage");
        form.put("card", "bulk");
        return form;
    }

    private static void setWorthiness(long id, double worthiness) {
        QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(id).checkWorthiness = worthiness);
    }

    private static long oldestNewClaim() {
        return QuarkusTransaction.requiringNew().call(() -> Claim.getEntityManager()
                .createQuery("select min(c.id) from Claim c where c.state = :state", Long.class)
                .setParameter("state", ReviewState.NEW).getSingleResult());
    }

    private static List<Long> cardIds(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher card = CARD.matcher(page);
        while (card.find()) {
            ids.add(Long.parseLong(card.group(1)));
        }
        return ids;
    }

    private static List<Integer> worthinessPercents(String page) {
        List<Integer> percents = new ArrayList<>();
        Matcher found = WORTHINESS.matcher(page);
        while (found.find()) {
            percents.add(found.group(1).equals("—") ? -1 : Integer.parseInt(found.group(1)));
        }
        return percents;
    }

    private static String cardOf(String page, long id) {
        int start = page.indexOf("id=\"card-" + id + "\"");
        assertThat(start).as("the card of #" + id).isGreaterThan(0);
        int end = page.indexOf("</article>", start);
        return page.substring(page.lastIndexOf("<article", start), end);
    }
}
