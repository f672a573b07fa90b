package org.factdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.factdesk.web.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** A session ends when unused for the idle lifetime, and at the absolute lifetime however busy (seconds here). */
@QuarkusTest
@TestProfile(SessionLifetimeTest.ShortSessions.class)
class SessionLifetimeTest {

    public static class ShortSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(TestDatabases.fresh("factdesk_short_sessions"));
            config.put("factdesk.sessions.idle", "PT2S");
            config.put("factdesk.sessions.absolute", "PT5S");
            // The session cookie is renewed on use after half a second, so a busy browser stays within its idle time.
            config.put("quarkus.http.auth.form.new-cookie-interval", "PT0.5S");
            return config;
        }
    }

    @Test
    void aSessionUnusedForTheIdleLifetimeEnds() throws InterruptedException {
        PageSession browser = PageSession.signIn(Desk.RITA, Desk.DEMO_PASSWORD);
        assertThat(browser.get("/queue").statusCode()).isEqualTo(200);

        Thread.sleep(2_500);

        assertThat(signInPage(browser.get("/queue"))).isTrue();
    }

    @Test
    void aBusySessionStillEndsAtTheAbsoluteLifetime() throws InterruptedException {
        PageSession browser = PageSession.signIn(Desk.REMY, Desk.DEMO_PASSWORD);
        long signedIn = System.nanoTime();
        while (System.nanoTime() - signedIn < 3_500_000_000L) {
            assertThat(browser.get("/queue").statusCode()).as("in use, within both lifetimes").isEqualTo(200);
            Thread.sleep(700);
        }
        while (System.nanoTime() - signedIn < 5_300_000_000L) {
            Thread.sleep(300);
            browser.get("/queue");
        }

        assertThat(signInPage(browser.get("/queue"))).isTrue();
    }

    private static boolean signInPage(Response answer) {
        assertThat(answer.statusCode()).isBetween(300, 399);
        return URI.create(answer.header("Location")).getPath().equals("/login");
    }
}
