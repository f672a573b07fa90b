package org.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.factdesk.core.people.Role;
import org.factdesk.web.security.FailedSignIns;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskCookies;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * Five failed sign-ins for one name within the window lock that name for a while (five seconds in
 * tests): HTTP Basic gets 429 with Retry-After, the sign-in form goes back to the sign-in page with a
 * message. Every test uses names of its own, so no other test is locked out.
 */
@QuarkusTest
class LoginThrottlingTest {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofSeconds(5);
    static final int ALERT_AFTER = 20;
    /** Addresses a trusted proxy (this machine, in tests) reports in X-Forwarded-For. */
    static final String ATTACKER = "203.0.113.66";
    static final String NEWSROOM = "198.51.100.20";

    @Test
    void fiveFailuresLockTheNameEvenForTheRightPassword() {
        String tess = person("throttle-tess");

        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            assertThat(basic(tess, "not-her-password").statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }
        Response locked = basic(tess, Desk.passwordOf(tess));

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(locked.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(locked.jsonPath().getString("detail")).contains("Too many failed sign-ins");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, LOCK.toSeconds());
    }

    @Test
    void theSignInFormGoesBackToTheSignInPageWithAMessage() {
        String tom = person("throttle-tom");
        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            assertThat(location(form(tom, "wrong"))).isEqualTo("/login?error=true");
        }

        Response locked = form(tom, Desk.passwordOf(tom));

        assertThat(locked.statusCode()).isEqualTo(303);
        assertThat(location(locked)).isEqualTo("/login?error=throttled");
        assertThat(locked.getCookie(DeskCookies.SESSION_COOKIE)).isNullOrEmpty();
        String page = given().get("/login?error=throttled").then().statusCode(200).extract().asString();
        assertThat(page).contains("Too many failed sign-ins with that name from here.").doesNotContain("does not exist", "no such");
    }

    @Test
    void aNameNobodyHasIsLockedTheSameWaySoTheLockRevealsNothing() {
        String nobody = "throttle-nobody-" + System.nanoTime() % 100000;
        String someone = person("throttle-sam");
        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            basic(nobody, "guess");
            basic(someone, "guess");
        }

        Response unknown = basic(nobody, "guess");
        Response known = basic(someone, "guess");

        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(429);
        assertThat(unknown.jsonPath().getString("detail")).isEqualTo(known.jsonPath().getString("detail"));
        assertThat(location(form(nobody, "guess"))).isEqualTo(location(form(someone, "guess")));
    }

    @Test
    void otherPeopleSignInWhileANameIsLocked() {
        String lou = person("throttle-lou");
        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            basic(lou, "wrong");
        }
        assertThat(basic(lou, Desk.passwordOf(lou)).statusCode()).isEqualTo(429);

        assertThat(basic(Desk.RITA, Desk.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(location(form(Desk.EDNA, Desk.DEMO_PASSWORD))).isEqualTo("/");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        String kim = person("throttle-kim");
        for (int i = 0; i < ALLOWED_FAILURES - 1; i++) {
            basic(kim, "wrong");
        }
        assertThat(basic(kim, Desk.passwordOf(kim)).statusCode()).isEqualTo(200);
        assertThat(record(kim)).isEmpty();

        for (int i = 0; i < ALLOWED_FAILURES - 1; i++) {
            assertThat(basic(kim, "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(basic(kim, Desk.passwordOf(kim)).statusCode()).isEqualTo(200);
    }

    @Test
    void theLockEndsAfterItsTime() throws InterruptedException {
        String ivy = person("throttle-ivy");
        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            basic(ivy, "wrong");
        }
        assertThat(basic(ivy, Desk.passwordOf(ivy)).statusCode()).isEqualTo(429);

        Thread.sleep(LOCK.plusMillis(500).toMillis());

        assertThat(basic(ivy, Desk.passwordOf(ivy)).statusCode()).isEqualTo(200);
        assertThat(record(ivy)).isEmpty();
    }

    @Test
    void failuresAreKeptInTheDatabaseWhereEveryInstanceSeesThem() {
        String max = person("throttle-max");
        basic(max, "wrong");
        basic(max, "wrong");
        assertThat(record(max)).hasValueSatisfying(r -> assertThat(r.failures).isEqualTo(2));

        // A lock another instance wrote is honoured here: the state lives in the database, not in this JVM.
        String olga = person("throttle-olga");
        basic(olga, "wrong");
        QuarkusTransaction.requiringNew().run(() -> FailedSignIns.update("lockedUntil = ?1 where username = ?2",
                Instant.now().plus(LOCK), olga));

        assertThat(basic(olga, Desk.passwordOf(olga)).statusCode()).isEqualTo(429);
    }

    @Test
    void aLockAtOneAddressNeverStopsTheRightPasswordFromAnotherAddress() {
        String edie = person("throttle-edie");
        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            assertThat(basicFrom(ATTACKER, edie, "guess").statusCode()).isEqualTo(401);
        }
        assertThat(basicFrom(ATTACKER, edie, Desk.passwordOf(edie)).statusCode()).as("the failing address").isEqualTo(429);

        assertThat(basicFrom(NEWSROOM, edie, Desk.passwordOf(edie)).statusCode()).as("her own address").isEqualTo(200);
        assertThat(basic(edie, Desk.passwordOf(edie)).statusCode()).as("a direct connection").isEqualTo(200);
        assertThat(location(formFrom(NEWSROOM, edie, Desk.passwordOf(edie)))).isEqualTo("/");
    }

    @Test
    void failuresForANameFromManyAddressesSlowFurtherFailuresDownButNotTheRightPassword() {
        String finn = person("throttle-finn");
        for (int i = 0; i < ALLOWED_FAILURES + 2; i++) {
            assertThat(basicFrom("203.0.113." + (10 + i), finn, "guess").statusCode()).isEqualTo(401);
        }

        long started = System.nanoTime();
        assertThat(basicFrom("203.0.113.99", finn, "guess").statusCode()).isEqualTo(401);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(waitedMillis).as("a failure beyond the limit waits before it is answered").isGreaterThanOrEqualTo(250);
        assertThat(basicFrom(NEWSROOM, finn, Desk.passwordOf(finn)).statusCode()).isEqualTo(200);
    }

    @Test
    void guessingOneNameFromManyAddressesAlertsTheAdminsOnceThroughTheSecurityLog() {
        String gus = person("throttle-gus");
        for (int i = 0; i < ALERT_AFTER + 2; i++) {
            basicFrom("198.18.0." + (1 + i), gus, "guess");
        }

        Response alerts = Desk.as(Desk.ADA).queryParam("kind", "name_under_attack").get("/api/v1/security-log");

        assertThat(alerts.statusCode()).isEqualTo(200);
        assertThat(alerts.jsonPath().getList("items.subject", String.class)).containsOnlyOnce(gus);
        String adminPage = PageSession.signIn(Desk.ADA).page("/admin");
        assertThat(adminPage).contains("id=\"under-attack\"", gus);
        Response failures = Desk.as(Desk.ADA).queryParam("kind", "sign_in_failed").queryParam("limit", "200").get("/api/v1/security-log");
        assertThat(failures.jsonPath().getList("items.address", String.class)).contains("198.18.0.1", "198.18.0.3");
    }

    private static Response basicFrom(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(username, password)
                .accept(ContentType.JSON).get(Desk.CLAIMS);
    }

    private static Response formFrom(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }

    private static String person(String username) {
        Desk.ensurePerson(username, "Throttled " + username, Role.REVIEWER);
        return username;
    }

    private static Response basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).accept(ContentType.JSON).get(Desk.CLAIMS);
    }

    private static Response form(String username, String password) {
        return DeskCookies.signIn(username, password);
    }

    private static String location(Response answer) {
        assertThat(answer.statusCode()).isBetween(300, 399);
        URI location = URI.create(answer.header("Location"));
        return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
    }

    private static Optional<FailedSignIns> record(String username) {
        return QuarkusTransaction.requiringNew().call(() -> FailedSignIns.<FailedSignIns>find("username", username).firstResultOptional());
    }
}
