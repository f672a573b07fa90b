package org.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** The security log: what it records, who may read it, and how it pages. */
@QuarkusTest
class SecurityLogTest {

    private static final String LOG = "/api/v1/security-log";

    @Test
    void signInsAndSignOutsAreRecordedWithTheirAddress() {
        String tia = person("seclog-tia");
        PageSession browser = PageSession.signIn(tia);
        browser.redirectAfter("/queue", "/logout", Map.of());

        List<Map<String, Object>> lines = lines(Map.of("limit", "200"));

        assertThat(lines).anySatisfy(line -> assertThat(line).containsEntry("kind", "signed_in").containsEntry("subject", tia)
                .containsEntry("address", "127.0.0.1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).containsEntry("kind", "signed_out").containsEntry("subject", tia));
    }

    @Test
    void aTokenUsedFromANewAddressIsRecordedOncePerChangeOfAddress() {
        String name = "seclog-poller-" + System.nanoTime() % 100000;
        String secret = Desk.as(Desk.ADA).body(Map.of("name", name, "scopes", List.of("read"),
                "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString())).post("/api/v1/tokens").path("token");

        for (String address : List.of("192.0.2.1", "192.0.2.1", "192.0.2.1", "192.0.2.2")) {
            given().header("X-Forwarded-For", address).auth().oauth2(secret).accept(ContentType.JSON).get(Desk.CLAIMS)
                    .then().statusCode(200);
        }

        List<Map<String, Object>> uses = lines(Map.of("kind", "token_new_address", "limit", "200")).stream()
                .filter(line -> name.equals(line.get("subject"))).toList();
        assertThat(uses).extracting(line -> line.get("address")).containsExactly("192.0.2.2", "192.0.2.1");
        assertThat(lines(Map.of("kind", "admin_action", "limit", "200")))
                .anySatisfy(line -> assertThat((String) line.get("detail")).contains("Issued the token", name));
    }

    @Test
    void adminActionsOnPeopleAreRecordedWithTheAdminWhoActed() {
        String username = "seclog-new-" + System.nanoTime() % 100000;
        PageSession.signIn(Desk.ADA).submit("/admin", "/admin/people", Map.of("username", username,
                "displayName", "New Colleague", "role", "reviewer", "password", "a long enough password", "back", "/admin"));

        assertThat(lines(Map.of("kind", "admin_action", "limit", "50"))).anySatisfy(line -> assertThat(line)
                .containsEntry("subject", username).containsEntry("actor", Desk.ADA)
                .containsEntry("detail", "Added " + username + " as reviewer."));
    }

    @Test
    void theLogPagesBackwardsWithTheCursorOfEachPage() {
        for (int i = 0; i < 3; i++) {
            PageSession.signIn(person("seclog-pager"));
        }
        Response first = Desk.as(Desk.ADA).queryParam("limit", "2").get(LOG);
        long cursor = Long.parseLong(first.path("nextCursor"));
        Response second = Desk.as(Desk.ADA).queryParam("limit", "2").queryParam("before", cursor).get(LOG);

        List<Long> firstIds = first.jsonPath().getList("items.id", Long.class);
        List<Long> secondIds = second.jsonPath().getList("items.id", Long.class);
        assertThat(firstIds).hasSize(2).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(secondIds).hasSize(2).allSatisfy(id -> assertThat(id).isLessThan(firstIds.get(1)));
    }

    @Test
    void onlyAdminsReadTheLogOnThePageAndThroughTheApi() {
        Desk.as(Desk.EDNA).get(LOG).then().statusCode(403);
        given().accept(ContentType.JSON).get(LOG).then().statusCode(401);
        assertThat(PageSession.signIn(Desk.EDNA).get("/admin/security").statusCode()).isEqualTo(403);

        String page = PageSession.signIn(Desk.ADA).page("/admin/security?kind=signed_in");
        assertThat(page).contains("<h1>Security log</h1>", "signed in");
    }

    @Test
    void aBadKindOrLimitOrCursorIsAProblemNamingTheParameter() {
        for (Map.Entry<String, String> bad : List.of(Map.entry("kind", "everything"), Map.entry("limit", "0"),
                Map.entry("limit", "201"), Map.entry("before", "yesterday"))) {
            Response refused = Desk.as(Desk.ADA).queryParam(bad.getKey(), bad.getValue()).get(LOG);
            assertThat(refused.statusCode()).as(bad.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith(Desk.PROBLEM_JSON);
            assertThat(refused.jsonPath().getString("detail")).contains(bad.getKey());
        }
        assertThat(PageSession.signIn(Desk.ADA).get("/admin/security?kind=nonsense").statusCode()).isEqualTo(400);
    }

    private static List<Map<String, Object>> lines(Map<String, String> query) {
        Response answer = Desk.as(Desk.ADA).queryParams(query).get(LOG);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer.jsonPath().getList("items");
    }

    private static String person(String username) {
        Desk.ensurePerson(username, "Logged " + username, org.factdesk.core.people.Role.REVIEWER);
        return username;
    }
}
