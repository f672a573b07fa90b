package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.factdesk.web.support.PostgresProfile;
import org.factdesk.web.support.RequiresPostgres;
import org.junit.jupiter.api.Test;

/** The same migrations, seeds and workflow on PostgreSQL, the production database. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PostgresDeskTest {

    @Test
    void migrationsAndSeedsLoadOnPostgres() {
        given().auth().preemptive().basic("edna", "demo")
                .when().get("/api/v1/claims?limit=200")
                .then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(10));
    }

    @Test
    void aClaimMovesThroughTriageOnPostgres() {
        int id = given().auth().preemptive().basic("edna", "demo").contentType(ContentType.JSON)
                .body("{\"text\":\"Postgres stores every claim.\",\"claimant\":\"A tester\"}")
                .when().post("/api/v1/claims")
                .then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic("edna", "demo").contentType(ContentType.JSON)
                .body("{\"action\":\"accept\",\"priority\":\"HIGH\"}")
                .when().post("/api/v1/claims/" + id + "/transitions")
                .then().statusCode(200).body("state", equalTo("READY"));
    }

    @Test
    void aClaimReviewIsImportedOnceOnPostgres() {
        String record = """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checks.example/postgres",
                 "claimReviewed": "Postgres forgets imported fact-checks.",
                 "author": {"@type": "Organization", "name": "Postgres Checkers"},
                 "reviewRating": {"@type": "Rating", "ratingValue": "1", "alternateName": "False"}}
                """;
        given().auth().preemptive().basic("edna", "demo").contentType(ContentType.JSON).body("[" + record + "," + record + "]")
                .when().post("/api/v1/imports/claimreview")
                .then().statusCode(200)
                .body("imported", equalTo(1))
                .body("skipped", equalTo(1));
    }
}
