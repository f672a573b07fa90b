package org.factdesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactCheckSearchTest {

    @Test
    void searchingByWordsAndRatingFindsThePublishedFactCheck() {
        String marker = "Zanzibar" + System.nanoTime();
        long id = Desk.claimInReview(RITA, marker + " exports of cloves tripled in 2019", "Half true");
        Desk.ok(Desk.act(EDNA, id, "approve"));

        assertThat(urls(Map.of("q", marker.toLowerCase() + " CLOVES"))).singleElement().asString().endsWith("/fact-checks/" + id);
        assertThat(urls(Map.of("q", marker, "rating", "half true"))).hasSize(1);
        assertThat(urls(Map.of("q", marker, "rating", "False"))).isEmpty();
        assertThat(urls(Map.of("q", marker + " bananas"))).isEmpty();
    }

    @Test
    void oneFactCheckIsServedAsJsonLd() {
        long id = Desk.claimInReview(RITA, "Served as linked data", "False");
        Desk.ok(Desk.act(EDNA, id, "approve"));

        Response response = given().accept("application/ld+json").get("/api/v1/fact-checks/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/ld+json");
        assertThat(response.jsonPath().getString("'@type'")).isEqualTo("ClaimReview");
        given().accept("application/ld+json").get("/api/v1/fact-checks/" + Desk.newClaim("Never published"))
                .then().statusCode(404);
    }

    private static List<String> urls(Map<String, ?> query) {
        return given().queryParams(query).get("/api/v1/fact-checks").then().statusCode(200).extract().path("items.url");
    }
}
