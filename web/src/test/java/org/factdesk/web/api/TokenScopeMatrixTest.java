package org.factdesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

/**
 * A review token acting for a person answers every API endpoint exactly as that person signed in
 * does, for a reviewer and an editor (no token acts for an admin): it never does more, and the person's refusals (403)
 * and the endpoint's own checks (400, 422, 404) come back the same. Each request here changes nothing,
 * so the person and the token can both send it.
 */
@QuarkusTest
class TokenScopeMatrixTest {

    /** One request: method, path, the body (or none) and what it accepts. */
    private record Call(String method, String path, String body, String accept) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void aReviewTokenAnswersEveryEndpointAsItsPersonDoes() {
        long claim = Desk.newClaim("A claim the token matrix reads");
        List<Call> calls = calls(claim);
        Map<String, List<String>> differences = new LinkedHashMap<>();
        Map<String, Integer> refusedToThePerson = new LinkedHashMap<>();

        for (String person : List.of(RITA, EDNA)) {
            String token = Desk.as(ADA).body(Map.of("name", "matrix for " + person + " " + System.nanoTime(),
                    "scopes", List.of("review"), "expiresAt", Desk.today().plusDays(7).toString(), "actsFor", person))
                    .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
            List<String> different = new ArrayList<>();
            for (Call call : calls) {
                int asPerson = send(Desk.as(person), call);
                int asToken = send(given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON), call);
                if (asPerson != asToken) {
                    different.add(call + ": person " + asPerson + ", token " + asToken);
                }
                if (asPerson == 403) {
                    refusedToThePerson.merge(person, 1, Integer::sum);
                }
            }
            differences.put(person, different);
        }

        differences.forEach((person, different) -> assertThat(different).as("calls where %s's token differs", person).isEmpty());
        assertThat(refusedToThePerson.getOrDefault(RITA, 0)).as("the reviewer is refused editors' and admins' endpoints")
                .isGreaterThan(refusedToThePerson.getOrDefault(EDNA, 0));
        assertThat(refusedToThePerson.getOrDefault(EDNA, 0)).as("the editor is refused admins' endpoints").isPositive();
    }

    private static List<Call> calls(long claim) {
        String json = ContentType.JSON.toString();
        String c = "/api/v1/claims/" + claim;
        return List.of(
                new Call("GET", "/api/v1/claims", null, json),
                new Call("GET", c, null, json),
                new Call("GET", c + "/similar", null, json),
                new Call("GET", "/api/v1/claims/999999999", null, json),
                new Call("GET", "/api/v1/events", null, json),
                new Call("GET", "/api/v1/exports/claims.csv", null, "text/csv"),
                new Call("GET", "/api/v1/exports/fact-checks.jsonld", null, "*/*"),
                new Call("GET", "/api/v1/fact-checks", null, json),
                new Call("GET", "/api/v1/security-log", null, json),
                new Call("GET", "/api/v1/statistics", null, json),
                new Call("GET", "/api/v1/statistics/double-review-agreement", null, json),
                new Call("GET", "/api/v1/tokens", null, json),
                new Call("GET", "/api/v1/webhooks", null, json),
                new Call("GET", "/api/v1/backups", null, json),
                new Call("POST", "/api/v1/claims", "{}", json),
                new Call("POST", "/api/v1/articles", "{}", json),
                new Call("POST", "/api/v1/check-worthiness", "{}", json),
                new Call("POST", "/api/v1/imports/claimreview", "\"not a document\"", json),
                new Call("POST", c + "/transitions", "{\"action\": \"no-such-action\"}", json),
                new Call("POST", c + "/sources", "{}", json),
                new Call("PUT", c + "/verdict", "{\"rating\": \"no such rating\"}", json),
                new Call("POST", "/api/v1/tokens", "{}", json),
                new Call("POST", "/api/v1/webhooks", "{}", json),
                new Call("DELETE", "/api/v1/tokens/999999999", null, json),
                new Call("DELETE", "/api/v1/webhooks/999999999", null, json));
    }

    private static int send(RequestSpecification request, Call call) {
        RequestSpecification ready = request.accept(call.accept()).redirects().follow(false);
        if (call.body() != null) {
            ready = ready.body(call.body());
        }
        return ready.request(call.method(), call.path()).statusCode();
    }
}
