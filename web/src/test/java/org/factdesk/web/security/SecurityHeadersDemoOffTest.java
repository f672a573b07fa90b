package org.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.factdesk.web.support.DemoOff;
import org.factdesk.web.support.DeskCookies;
import org.junit.jupiter.api.Test;

/** With demo mode off (production), every cookie is also Secure: sent over HTTPS only. */
@QuarkusTest
@TestProfile(DemoOff.class)
class SecurityHeadersDemoOffTest {

    @Test
    void theSessionCsrfAndFlashCookiesAreSecureHttpOnlyAndSameSiteStrict() {
        Response signIn = DeskCookies.signIn("admin", DemoOff.ADMIN_PASSWORD);
        String session = SecurityHeadersTest.setCookie(signIn, DeskCookies.SESSION_COOKIE);
        String sessionValue = session.substring(session.indexOf('=') + 1, session.indexOf(';'));
        String deskSession = signIn.getCookie(DeskCookies.DESK_SESSION_COOKIE);
        Response admin = given().redirects().follow(false).cookie(DeskCookies.SESSION_COOKIE, sessionValue)
                .cookie(DeskCookies.DESK_SESSION_COOKIE, deskSession).get("/admin");
        String csrf = SecurityHeadersTest.setCookie(admin, DeskCookies.CSRF_COOKIE);
        String csrfValue = csrf.substring(csrf.indexOf('=') + 1, csrf.indexOf(';'));
        Response refused = given().redirects().follow(false).cookies(Map.of(DeskCookies.SESSION_COOKIE, sessionValue,
                DeskCookies.DESK_SESSION_COOKIE, deskSession, DeskCookies.CSRF_COOKIE, csrfValue)).header("Referer", "http://localhost/admin")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", csrfValue, "role", "no-such-role")).post("/admin/people");

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(303);
        for (String cookie : new String[] {session, csrf, SecurityHeadersTest.setCookie(signIn, DeskCookies.DESK_SESSION_COOKIE),
                SecurityHeadersTest.setCookie(refused, DeskCookies.FLASH_COOKIE)}) {
            assertThat(SecurityHeadersTest.attributes(cookie)).as(cookie).contains("secure", "httponly", "samesite=strict");
        }
    }
}
