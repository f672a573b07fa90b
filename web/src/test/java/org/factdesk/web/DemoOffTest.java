package org.factdesk.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.factdesk.web.support.DemoOff;
import org.junit.jupiter.api.Test;

/** With demo mode off there are no demo people, and the first admin's password comes from configuration. */
@QuarkusTest
@TestProfile(DemoOff.class)
class DemoOffTest {

    @Test
    void demoPeopleCannotSignIn() {
        for (String demo : new String[] {"rita", "remy", "edna", "ada"}) {
            given().auth().preemptive().basic(demo, "demo").get("/api/v1/claims").then().statusCode(401);
        }
    }

    @Test
    void theFirstAdminSignsInWithTheConfiguredPassword() {
        given().auth().preemptive().basic("admin", DemoOff.ADMIN_PASSWORD).get("/api/v1/claims")
                .then().statusCode(200);
    }

    @Test
    void noSeedClaimsAreLoaded() {
        given().auth().preemptive().basic("admin", DemoOff.ADMIN_PASSWORD).get("/api/v1/claims")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void thePagesDoNotSayDemoMode() {
        given().get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Demo mode")));
    }
}
