package org.factdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskCookies;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * A signed-in browser's session ends on the server: a copy of its cookies taken before sign-out, a
 * password change, a role change, deactivation or an admin's "sign out everywhere" opens nothing
 * afterwards. Each test signs in people of its own, so no other test loses its session.
 */
@QuarkusTest
class SessionEndingTest {

    @Test
    void aCopyOfTheCookiesTakenBeforeSignOutOpensNothingAfterwards() {
        String sue = person("session-sue", Role.REVIEWER);
        PageSession browser = PageSession.signIn(sue);
        PageSession stolen = browser.copyOfCookies();
        assertThat(stolen.get("/queue").statusCode()).isEqualTo(200);

        assertThat(browser.redirectAfter("/queue", "/logout", Map.of())).isEqualTo("/login");

        assertThat(signInPage(stolen.get("/queue"))).isTrue();
        assertThat(signInPage(stolen.get("/my-claims"))).isTrue();
    }

    @Test
    void signingOutInOneBrowserLeavesTheOtherBrowsersSignedIn() {
        String sid = person("session-sid", Role.REVIEWER);
        PageSession laptop = PageSession.signIn(sid);
        PageSession phone = PageSession.signIn(sid);

        laptop.redirectAfter("/queue", "/logout", Map.of());

        assertThat(phone.get("/queue").statusCode()).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsEverySessionAndTheNewPasswordSignsIn() {
        String pam = person("session-pam", Role.EDITOR);
        PageSession laptop = PageSession.signIn(pam);
        PageSession phone = PageSession.signIn(pam);
        String newPassword = "a new and longer passphrase";

        Response changed = laptop.submit("/account", "/account/password",
                Map.of("currentPassword", Desk.passwordOf(pam), "newPassword", newPassword));

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.header("Location")).endsWith("/login?password-changed=true");
        assertThat(signInPage(phone.get("/queue"))).isTrue();
        assertThat(signInPage(laptop.get("/queue"))).isTrue();
        assertThat(PageSession.signInAttempt(pam, Desk.passwordOf(pam)).header("Location")).contains("error=true");
        assertThat(PageSession.signIn(pam, newPassword).get("/queue").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordOrAShortNewOneChangesNothingAndSaysWhyNextToTheField() {
        String pia = person("session-pia", Role.REVIEWER);
        PageSession browser = PageSession.signIn(pia);

        Response wrongCurrent = browser.submit("/account", "/account/password",
                Map.of("currentPassword", "not my password", "newPassword", "a new and longer passphrase"));
        assertThat(wrongCurrent.statusCode()).isEqualTo(303);
        assertThat(browser.page("/account")).contains("id=\"currentPassword-error\"", "That is not your current password.");

        browser.submit("/account", "/account/password", Map.of("currentPassword", Desk.passwordOf(pia), "newPassword", "short"));
        String page = browser.page("/account");
        assertThat(page).contains("id=\"newPassword-error\"", "at least 10 characters").doesNotContain("value=\"short\"");

        assertThat(browser.get("/queue").statusCode()).isEqualTo(200);
        assertThat(PageSession.signIn(pia).get("/queue").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminsSignOutEverywhereEndsEveryOneOfThePersonsSessions() {
        String sam = person("session-sam", Role.REVIEWER);
        PageSession laptop = PageSession.signIn(sam);
        PageSession phone = PageSession.signIn(sam);
        PageSession admin = PageSession.signIn(Desk.ADA);

        Response done = admin.submit("/admin", "/admin/people/" + idOf(sam) + "/sign-out-everywhere", Map.of("back", "/admin"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(admin.page("/admin")).contains("Signed out everywhere: 2 sessions ended.");
        assertThat(signInPage(laptop.get("/queue"))).isTrue();
        assertThat(signInPage(phone.get("/queue"))).isTrue();
        assertThat(PageSession.signIn(sam).get("/queue").statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleChangeOrDeactivationEndsThePersonsSessions() {
        String rob = person("session-rob", Role.REVIEWER);
        String dan = person("session-dan", Role.REVIEWER);
        PageSession robsBrowser = PageSession.signIn(rob);
        PageSession dansBrowser = PageSession.signIn(dan);
        PageSession admin = PageSession.signIn(Desk.ADA);

        admin.submit("/admin", "/admin/people/" + idOf(rob) + "/role", Map.of("role", "editor", "back", "/admin"));
        admin.submit("/admin", "/admin/people/" + idOf(dan) + "/deactivate", Map.of("back", "/admin"));

        assertThat(signInPage(robsBrowser.get("/queue"))).isTrue();
        assertThat(signInPage(dansBrowser.get("/queue"))).isTrue();
        assertThat(PageSession.signIn(rob).get("/review").statusCode()).as("rob signs in again, as an editor").isEqualTo(200);
    }

    @Test
    void theSessionCookieAloneOpensNothingWithoutItsDeskSession() {
        String ned = person("session-ned", Role.REVIEWER);
        Response login = DeskCookies.signIn(ned, Desk.passwordOf(ned));

        Response withoutDeskSession = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie(DeskCookies.SESSION_COOKIE, login.getCookie(DeskCookies.SESSION_COOKIE)).get("/queue");
        Response withAnothersDeskSession = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie(DeskCookies.SESSION_COOKIE, login.getCookie(DeskCookies.SESSION_COOKIE))
                .cookie(DeskCookies.DESK_SESSION_COOKIE, DeskCookies.signIn(Desk.RITA, Desk.DEMO_PASSWORD)
                        .getCookie(DeskCookies.DESK_SESSION_COOKIE)).get("/queue");

        assertThat(signInPage(withoutDeskSession)).isTrue();
        assertThat(signInPage(withAnothersDeskSession)).isTrue();
    }

    @Test
    void theAccountPageListsWhereThePersonIsSignedIn() {
        String ann = person("session-ann", Role.REVIEWER);
        PageSession browser = PageSession.signIn(ann);
        PageSession.signIn(ann);

        String page = browser.page("/account");

        assertThat(page).contains("Where you are signed in", "127.0.0.1");
        assertThat(page.split("<time ", -1)).hasSize(3);
    }

    private static boolean signInPage(Response answer) {
        assertThat(answer.statusCode()).as("%s %s", answer.headers(), answer.asString()).isBetween(300, 399);
        return URI.create(answer.header("Location")).getPath().equals("/login");
    }

    private static String person(String username, Role role) {
        Desk.ensurePerson(username, "Session " + username, role);
        return username;
    }

    private static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findByUsername(username).orElseThrow().id);
    }
}
