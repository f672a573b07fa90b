package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person in a browser without the browser: form sign-in, the session and CSRF cookies, page forms. */
final class PageSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();

    static PageSession signIn(String username) {
        PageSession session = new PageSession();
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", Desk.passwordOf(username))
                .post("/j_security_check");
        assertThat(login.statusCode()).as("sign-in of " + username).isIn(302, 303);
        session.keep(login);
        return session;
    }

    Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).get(path);
        keep(response);
        return response;
    }

    /** Opens a page, then sends one of its forms with the page's CSRF token, as a browser would. */
    Response submit(String fromPage, String action, Map<String, String> fields) {
        return postForm(fromPage, action, withToken(fromPage, fields), false);
    }

    /** The same as {@link #submit}, sent the way htmx sends it, so the answer is a fragment. */
    Response submitWithHtmx(String fromPage, String action, Map<String, String> fields) {
        return postForm(fromPage, action, withToken(fromPage, fields), true);
    }

    /** Sends a multipart form (as file-upload forms are) with the page's CSRF token. */
    Response submitMultipart(String fromPage, String action, Map<String, String> fields) {
        var request = given().redirects().follow(false).cookies(cookies).header("Referer", "http://localhost" + fromPage);
        withToken(fromPage, fields).forEach((name, value) -> request.multiPart(name, value));
        Response response = request.post(action);
        keep(response);
        return response;
    }

    /** Sends a form exactly as given: no token is added. */
    Response postForm(String fromPage, String action, Map<String, String> form) {
        return postForm(fromPage, action, form, false);
    }

    /** The CSRF token a page carries in its forms. */
    String csrfToken(String fromPage) {
        String html = get(fromPage).then().statusCode(200).extract().asString();
        Matcher token = CSRF_FIELD.matcher(html);
        assertThat(token.find()).as("a CSRF token on " + fromPage).isTrue();
        return token.group(1);
    }

    /** A request from one of the session's pages, for sending a body in any shape (no token is added). */
    RequestSpecification from(String fromPage) {
        return given().redirects().follow(false).cookies(cookies).header("Referer", "http://localhost" + fromPage);
    }

    private Map<String, String> withToken(String fromPage, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf-token", csrfToken(fromPage));
        return form;
    }

    private Response postForm(String fromPage, String action, Map<String, String> form, boolean htmx) {
        var request = given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                .header("Referer", "http://localhost" + fromPage).formParams(form);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        Response response = request.post(action);
        keep(response);
        return response;
    }

    private void keep(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
