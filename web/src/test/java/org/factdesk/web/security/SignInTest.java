package org.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    private static final String SESSION_COOKIE = "quarkus-credential";
    private static final String DESK_SESSION_COOKIE = "factdesk-session";
    private static final List<String> STATES = List.of("NEW", "READY", "IN_RESEARCH", "IN_REVIEW", "PUBLISHED", "DISMISSED");

    @Test
    void apiAnswersARightPassword() {
        given().auth().preemptive().basic("rita", "demo").accept(ContentType.JSON)
                .get("/api/v1/claims")
                .then().statusCode(200).contentType(startsWith("application/json")).body("items", notNullValue());
    }

    @Test
    void apiRefusesAWrongPasswordWithProblemAndChallenge() {
        given().auth().preemptive().basic("rita", "not-the-password").accept(ContentType.JSON)
                .get("/api/v1/claims")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401))
                .body("detail", notNullValue());
    }

    @Test
    void apiRefusesACallWithoutCredentials() {
        given().accept(ContentType.JSON).get("/api/v1/claims")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void unknownUserAndWrongPasswordGetTheIdenticalAnswer() {
        Response wrongPassword = given().auth().preemptive().basic("rita", "wrong-password")
                .accept(ContentType.JSON).get("/api/v1/claims");
        Response unknownUser = given().auth().preemptive().basic("nobody-of-that-name", "wrong-password")
                .accept(ContentType.JSON).get("/api/v1/claims");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(unknownUser.asString()).isNotBlank().isEqualTo(wrongPassword.asString());
        assertThat(unknownUser.contentType()).isEqualTo(wrongPassword.contentType());
        assertThat(unknownUser.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
    }

    @Test
    void browserLoginSetsASessionCookieAndRedirectsHome() {
        Response login = formLogin("edna", "demo");

        assertThat(login.statusCode()).isBetween(300, 399);
        assertThat(URI.create(login.header("Location")).getPath()).isEqualTo("/");
        assertThat(login.getCookie(SESSION_COOKIE)).isNotBlank();
    }

    @Test
    void browserLoginWithAWrongPasswordRedirectsToTheLoginError() {
        Response login = formLogin("edna", "wrong-password");

        assertThat(login.statusCode()).isBetween(300, 399);
        URI location = URI.create(login.header("Location"));
        assertThat(location.getPath()).isEqualTo("/login");
        assertThat(location.getQuery()).isEqualTo("error=true");
        assertThat(login.getCookie(SESSION_COOKIE)).isNullOrEmpty();
    }

    @Test
    void homePageWithoutASessionRedirectsToLogin() {
        Response home = given().redirects().follow(false).accept(ContentType.HTML).get("/");

        assertThat(home.statusCode()).isEqualTo(303);
        assertThat(URI.create(home.header("Location")).getPath()).isEqualTo("/login");
    }

    @Test
    void loginErrorShowsOneMessageThatNamesNeitherFieldAlone() {
        String withError = given().accept(ContentType.HTML).get("/login?error=true")
                .then().statusCode(200).extract().asString();
        String withoutError = given().accept(ContentType.HTML).get("/login")
                .then().statusCode(200).extract().asString();

        List<String> alerts = alertsIn(withError);
        assertThat(alerts).hasSize(1);
        assertThat(alertsIn(withoutError)).isEmpty();

        String message = alerts.get(0).toLowerCase(Locale.ROOT);
        // It speaks of the pair, so it does not tell which of the two was wrong.
        assertThat(message).contains("name").contains("password");
        assertThat(message).doesNotContain("wrong password", "incorrect password", "password is",
                "unknown user", "unknown name", "no such", "does not exist", "not found", "name is");
    }

    @Test
    void signedInHomePageShowsClaimsGroupedByStateWithCountsInDemoMode() {
        Response login = formLogin("edna", "demo");
        String cookie = login.getCookie(SESSION_COOKIE);
        assertThat(cookie).isNotBlank();

        String page = given().cookie(SESSION_COOKIE, cookie).cookie(DESK_SESSION_COOKIE, login.getCookie(DESK_SESSION_COOKIE)).redirects().follow(false).accept(ContentType.HTML)
                .get("/").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();

        assertThat(page).contains("Demo mode");
        for (String state : STATES) {
            Matcher heading = Pattern.compile("<h2>" + state + " <span class=\"count\">(\\d+)</span></h2>").matcher(page);
            assertThat(heading.find()).as("a heading with a count for %s", state).isTrue();
            assertThat(Integer.parseInt(heading.group(1))).as("claims shown as %s", state).isEqualTo(Desk.countInState(state));
        }
        int publishedAt = page.indexOf("id=\"state-PUBLISHED\"");
        int dismissedAt = page.indexOf("id=\"state-DISMISSED\"");
        assertThat(publishedAt).isPositive();
        assertThat(page.substring(publishedAt, dismissedAt)).contains("90 days to sell its US business");
    }

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiListsTheClaimsEndpoint() {
        given().accept(ContentType.JSON).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/claims"))
                .body("info.title", containsString("Factdesk"));
    }

    private static Response formLogin(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    private static List<String> alertsIn(String html) {
        Matcher alert = Pattern.compile("<[^>]+role=\"alert\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        List<String> texts = new java.util.ArrayList<>();
        while (alert.find()) {
            texts.add(alert.group(1).strip());
        }
        return texts;
    }
}
