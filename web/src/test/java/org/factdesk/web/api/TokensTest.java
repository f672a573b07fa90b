package org.factdesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdesk.core.people.ApiToken;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokensTest {

    private static final String NEXT_MONTH = Desk.today().plusDays(30).toString();

    @Test
    void anAdminIssuesATokenWhoseSecretIsShownOnceAndStoredHashed() {
        Response issued = issue(Map.of("name", "cms reader", "scopes", List.of("read"), "expiresAt", NEXT_MONTH));

        assertThat(issued.statusCode()).isEqualTo(201);
        String secret = issued.path("token");
        assertThat(secret).startsWith("fdk_");
        assertThat(issued.header("Location")).endsWith("/api/v1/tokens/" + issued.path("id"));
        String listed = Desk.as(ADA).get("/api/v1/tokens").asString();
        assertThat(listed).contains("cms reader").doesNotContain(secret);
        long id = ((Number) issued.path("id")).longValue();
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id).toString());
        assertThat(stored).doesNotContain(secret);
    }

    @Test
    void aReadTokenReadsButCannotSubmitOrAct() {
        String secret = issue(Map.of("name", "poller", "scopes", List.of("read"), "expiresAt", NEXT_MONTH)).path("token");

        bearer(secret).get("/api/v1/claims").then().statusCode(200);
        bearer(secret).get("/api/v1/events").then().statusCode(200);
        bearer(secret).body(Map.of("text", "Not allowed", "claimant", "X")).post("/api/v1/claims").then().statusCode(403);
        bearer(secret).body(Map.of("action", "accept")).post("/api/v1/claims/1/transitions").then().statusCode(403);
    }

    @Test
    void aSubmitTokenSubmitsAndTheLogNamesTheIntegration() {
        String secret = issue(Map.of("name", "newsroom-cms", "scopes", List.of("submit"), "expiresAt", NEXT_MONTH)).path("token");

        Response created = bearer(secret).body(Map.of("text", Desk.uniqueText("Submitted by a bot"), "claimant", "Bot source"))
                .post("/api/v1/claims");

        assertThat(created.statusCode()).isEqualTo(201);
        long id = ((Number) created.path("id")).longValue();
        assertThat(Desk.read(EDNA, id).getString("history[0].actor")).isEqualTo("integration:newsroom-cms");
    }

    @Test
    void aReviewTokenActsForItsPersonWithTheirRole() {
        String secret = issue(Map.of("name", "rita's assistant", "scopes", List.of("review"), "expiresAt", NEXT_MONTH,
                "actsFor", RITA)).path("token");
        long id = Desk.readyClaim("Claimed by a bot for rita", 1);

        bearer(secret).body(Map.of("action", "claim")).post("/api/v1/claims/" + id + "/transitions").then().statusCode(200);
        bearer(secret).body(Map.of("action", "approve")).post("/api/v1/claims/" + id + "/transitions").then().statusCode(403);

        assertThat(Desk.read(EDNA, id).getList("assignees")).containsExactly(RITA);
    }

    @Test
    void aReviewTokenMayDoNoMoreThanItsPerson() {
        String secret = issue(Map.of("name", "rita's exporter", "scopes", List.of("review"), "expiresAt", NEXT_MONTH,
                "actsFor", RITA)).path("token");

        bearer(secret).get("/api/v1/claims").then().statusCode(200);
        Desk.as(RITA).accept("text/csv").get("/api/v1/exports/claims.csv").then().statusCode(403);
        bearer(secret).accept("text/csv").get("/api/v1/exports/claims.csv").then().statusCode(403);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Response issued = issue(Map.of("name", "to revoke", "scopes", List.of("read"), "expiresAt", NEXT_MONTH));
        String secret = issued.path("token");
        bearer(secret).get("/api/v1/claims").then().statusCode(200);

        Desk.as(ADA).delete("/api/v1/tokens/" + issued.path("id")).then().statusCode(204);

        bearer(secret).get("/api/v1/claims").then().statusCode(401).contentType(Desk.PROBLEM_JSON);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Response issued = issue(Map.of("name", "short lived", "scopes", List.of("read"), "expiresAt", NEXT_MONTH));
        long id = ((Number) issued.path("id")).longValue();
        QuarkusTransaction.requiringNew().run(() -> ApiToken.<ApiToken>findById(id).expiresAt = Instant.now().minusSeconds(1));

        bearer(issued.path("token")).get("/api/v1/claims").then().statusCode(401);
    }

    @Test
    void anUnknownTokenIsRefused() {
        bearer("fdk_not-a-real-token").get("/api/v1/claims").then().statusCode(401).contentType(Desk.PROBLEM_JSON);
    }

    @Test
    void onlyAdminsIssueTokensAndBadRequestsNameTheField() {
        Desk.as(EDNA).body(Map.of("name", "x", "scopes", List.of("read"), "expiresAt", NEXT_MONTH))
                .post("/api/v1/tokens").then().statusCode(403);
        assertThat(issue(Map.of("name", "x", "scopes", List.of("write"), "expiresAt", NEXT_MONTH)).<String>path("field"))
                .isEqualTo("scopes");
        assertThat(issue(Map.of("name", "x", "scopes", List.of("read"), "expiresAt", "2020-01-01")).<String>path("field"))
                .isEqualTo("expiresAt");
        assertThat(issue(Map.of("name", "x", "scopes", List.of("review"), "expiresAt", NEXT_MONTH)).<String>path("field"))
                .isEqualTo("actsFor");
    }

    private static Response issue(Map<String, ?> body) {
        return Desk.as(ADA).body(body).post("/api/v1/tokens");
    }

    private static io.restassured.specification.RequestSpecification bearer(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
