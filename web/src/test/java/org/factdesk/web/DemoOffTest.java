package org.factdesk.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.web.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** With demo mode off there are no demo people, and the first admin's password comes from configuration. */
@QuarkusTest
@TestProfile(DemoOffTest.DemoOff.class)
class DemoOffTest {

    static final String ADMIN_PASSWORD = "a-long-admin-password";

    public static class DemoOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(TestDatabases.fresh("factdesk_demo_off"));
            config.put("factdesk.demo", "false");
            config.put("factdesk.admin.password", ADMIN_PASSWORD);
            return config;
        }
    }

    @Test
    void demoPeopleCannotSignIn() {
        for (String demo : new String[] {"rita", "remy", "edna", "ada"}) {
            given().auth().preemptive().basic(demo, "demo").get("/api/v1/claims").then().statusCode(401);
        }
    }

    @Test
    void theFirstAdminSignsInWithTheConfiguredPassword() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/api/v1/claims")
                .then().statusCode(200);
    }

    @Test
    void noSeedClaimsAreLoaded() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/api/v1/claims")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void thePagesDoNotSayDemoMode() {
        given().get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Demo mode")));
    }
}
