package org.factdesk.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The cookies a signed-in browser holds, by name, and the bare form post that sets them. */
public final class DeskCookies {

    public static final String SESSION_COOKIE = "quarkus-credential";
    public static final String DESK_SESSION_COOKIE = "factdesk-session";
    public static final String CSRF_COOKIE = "csrf-token";
    public static final String FLASH_COOKIE = "factdesk-flash";

    private DeskCookies() {
    }

    /** Posts the sign-in form as a browser does, without following the redirect. */
    public static Response signIn(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }
}
