package org.factdesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    /** Read in each test, not at construction: the app's port is only known once the test runs. */
    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyApiOperationHasASummaryAndDocumentsItsErrorsAsProblemJson() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        assertThat(paths.keySet()).contains("/api/v1/claims", "/api/v1/claims/{id}/transitions", "/api/v1/events",
                "/api/v1/events/stream", "/api/v1/fact-checks", "/api/v1/tokens", "/api/v1/tokens/{id}",
                "/api/v1/webhooks", "/api/v1/exports/claims.csv");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.forEach((method, operation) -> {
                assertThat(operation.get("summary")).as(method + " " + path + " has a summary").isNotNull();
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> content = (Map<String, Object>) response.get("content");
                        assertThat(content).as(method + " " + path + " " + code).containsKey("application/problem+json");
                    }
                });
            });
        });
    }

    @Test
    void theProblemShapeIsDescribedOnce() {
        assertThat(document().getMap("components.schemas.Problem.properties")).containsKeys("detail", "field", "status");
    }
}
