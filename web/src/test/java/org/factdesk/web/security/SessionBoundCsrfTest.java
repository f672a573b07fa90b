package org.factdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskCookies;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionBoundCsrfTest {

    @Test
    void anotherPersonsCsrfCookieAndTokenChangeNothingInThisSession() {
        long id = Desk.newClaim("A claim a planted CSRF token tries to accept");
        PageSession edna = PageSession.signIn(EDNA);
        PageSession rita = PageSession.signIn(RITA);
        String ritasToken = rita.csrfToken("/my-claims");
        edna.get("/claims/" + id);
        edna.plantCookie(DeskCookies.CSRF_COOKIE, rita.cookie(DeskCookies.CSRF_COOKIE));

        Response forged = edna.postForm("/claims/" + id, "/claims/" + id + "/actions",
                Map.of("action", "accept", DeskCookies.CSRF_COOKIE, ritasToken));

        assertThat(forged.statusCode()).isEqualTo(303);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("NEW");
        assertThat(edna.get("/claims/" + id).asString()).contains("This form had expired");
    }

    @Test
    void signingInReplacesTheTokenSoOneFromBeforeNoLongerPasses() {
        long id = Desk.newClaim("A claim a token from before sign-in tries to accept");
        PageSession browser = PageSession.signedOut();
        browser.get("/login");
        String tokenBeforeSignIn = browser.cookie(DeskCookies.CSRF_COOKIE);

        browser.signInHere(EDNA);
        String tokenOfTheSession = browser.csrfToken("/claims/" + id);
        browser.plantCookie(DeskCookies.CSRF_COOKIE, tokenBeforeSignIn);
        Response stale = browser.postForm("/claims/" + id, "/claims/" + id + "/actions",
                Map.of("action", "accept", DeskCookies.CSRF_COOKIE, tokenBeforeSignIn));

        assertThat(tokenBeforeSignIn).isNotNull();
        assertThat(tokenOfTheSession).isNotEqualTo(tokenBeforeSignIn);
        assertThat(stale.statusCode()).isEqualTo(303);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("NEW");
    }

    @Test
    void aPageAfterALostCsrfCookieCarriesTheSessionsTokenAgainAndItsFormWorks() {
        long id = Desk.newClaim("A claim accepted after the CSRF cookie was lost");
        PageSession edna = PageSession.signIn(EDNA);
        String tokenOfTheSession = edna.csrfToken("/claims/" + id);
        edna.loseCookie(DeskCookies.CSRF_COOKIE);

        Response accepted = edna.submit("/claims/" + id, "/claims/" + id + "/actions", Map.of("action", "accept"));

        assertThat(edna.cookie(DeskCookies.CSRF_COOKIE)).isEqualTo(tokenOfTheSession);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("READY");
    }
}
