package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person in a browser: signed in through the sign-in form, keeping cookies from one request to
 * the next, and sending the CSRF token of the last page it read with every form it posts.
 */
final class BrowserSession {

    static final String CSRF_COOKIE = "csrf-token";
    static final String FLASH_COOKIE = "factdesk-flash";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    private BrowserSession() {
    }

    /** Signs in through the form and fails the test when the desk does not let the person in. */
    static BrowserSession signIn(String username, String password) {
        BrowserSession browser = new BrowserSession();
        Response login = browser.trySignIn(username, password);
        assertThat(URI.create(login.header("Location")).getQuery()).as("sign-in of %s", username).isNull();
        return browser;
    }

    static BrowserSession signIn(String username) {
        return signIn(username, Desk.passwordOf(username));
    }

    /** The answer to the sign-in form, whether or not it let the person in. */
    static Response signInAttempt(String username, String password) {
        return new BrowserSession().trySignIn(username, password);
    }

    private Response trySignIn(String username, String password) {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        assertThat(login.statusCode()).isBetween(300, 399);
        keepCookies(login);
        return login;
    }

    Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).accept(ContentType.HTML).get(path);
        keepCookies(response);
        Matcher token = CSRF_FIELD.matcher(response.asString());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    /** A page the person may see, as HTML. */
    String page(String path) {
        Response response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.asString()).isEqualTo(200);
        return response.asString();
    }

    /** Posts a form as the page would, with the CSRF cookie and field; answers are not followed. */
    Response post(String path, Map<String, String> form) {
        if (csrfToken == null || !cookies.containsKey(CSRF_COOKIE)) {
            page("/dashboard");
        }
        Response response = given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                .formParams(form).formParam(CSRF_COOKIE, csrfToken).post(path);
        keepCookies(response);
        return response;
    }

    /** Posts a form, expects the 303 that ends every page form, and returns the path it sends the person to. */
    String submit(String path, Map<String, String> form) {
        Response response = post(path, form);
        assertThat(response.statusCode()).as("POST %s: %s", path, response.asString()).isEqualTo(303);
        return URI.create(response.header("Location")).getPath();
    }

    private void keepCookies(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
