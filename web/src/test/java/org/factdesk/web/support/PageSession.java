package org.factdesk.web.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person in a browser, without the browser: signed in through the sign-in form, keeping cookies
 * from one request to the next, and sending a page's forms with that page's CSRF token.
 */
public final class PageSession {

    public static final String CSRF_COOKIE = "csrf-token";
    public static final String FLASH_COOKIE = "factdesk-flash";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();

    private PageSession() {
    }

    /** Signs in through the form and fails the test when the desk does not let the person in. */
    public static PageSession signIn(String username, String password) {
        PageSession session = new PageSession();
        Response login = session.trySignIn(username, password);
        assertThat(URI.create(login.header("Location")).getQuery()).as("sign-in of %s", username).isNull();
        return session;
    }

    /** Another browser holding a copy of this one's cookies, as someone who copied them would. */
    public PageSession copyOfCookies() {
        PageSession copy = new PageSession();
        copy.cookies.putAll(cookies);
        return copy;
    }

    /** A browser nobody has signed in with yet. */
    public static PageSession signedOut() {
        return new PageSession();
    }

    /** Signs in with this browser, keeping the cookies it already holds. */
    public PageSession signInHere(String username) {
        Response login = trySignIn(username, Desk.passwordOf(username));
        assertThat(URI.create(login.header("Location")).getQuery()).as("sign-in of %s", username).isNull();
        return this;
    }

    /** The value of one of the browser's cookies, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Puts a cookie into this browser, as a site that can set cookies for it could. */
    public void plantCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Drops a cookie, as a browser does when it expires or its person clears it. */
    public void loseCookie(String name) {
        cookies.remove(name);
    }

    public static PageSession signIn(String username) {
        return signIn(username, Desk.passwordOf(username));
    }

    /** The answer to the sign-in form, whether or not it let the person in. */
    public static Response signInAttempt(String username, String password) {
        return new PageSession().trySignIn(username, password);
    }

    public Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).accept(ContentType.HTML).get(path);
        keep(response);
        return response;
    }

    /** A page the person may see, as HTML. */
    public String page(String path) {
        Response response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.asString()).isEqualTo(200);
        return response.asString();
    }

    /** Opens a page, then sends one of its forms with the page's CSRF token, as a browser would. */
    public Response submit(String fromPage, String action, Map<String, String> fields) {
        return postForm(fromPage, action, withToken(fromPage, fields), false);
    }

    /** Sends one of a page's forms, expects the 303 that ends every page form, and answers the path it leads to. */
    public String redirectAfter(String fromPage, String action, Map<String, String> fields) {
        Response response = submit(fromPage, action, fields);
        assertThat(response.statusCode()).as("POST %s: %s", action, response.asString()).isEqualTo(303);
        return URI.create(response.header("Location")).getPath();
    }

    /** The same as {@link #submit}, sent the way htmx sends it, so the answer is a fragment. */
    public Response submitWithHtmx(String fromPage, String action, Map<String, String> fields) {
        return postForm(fromPage, action, withToken(fromPage, fields), true);
    }

    /** Sends a form whose checkboxes repeat one field, such as several claims ticked in a list. */
    public Response submitChecked(String fromPage, String action, Map<String, String> fields, String checkbox,
            List<?> checked) {
        Map<String, String> form = withToken(fromPage, fields);
        RequestSpecification request = from(fromPage).contentType(ContentType.URLENC).formParams(form);
        if (!checked.isEmpty()) {
            request.formParam(checkbox, checked.toArray());
        }
        Response response = request.post(action);
        keep(response);
        return response;
    }

    /** The same as {@link #submitChecked}, for a multipart form. */
    public Response submitMultipartChecked(String fromPage, String action, Map<String, String> fields, String checkbox,
            List<String> checked) {
        Map<String, String> form = withToken(fromPage, fields);
        RequestSpecification request = from(fromPage);
        form.forEach(request::multiPart);
        checked.forEach(value -> request.multiPart(checkbox, value));
        Response response = request.post(action);
        keep(response);
        return response;
    }

    /** A file in a multipart form, as a file input sends it. */
    public record Upload(String field, String fileName, String type, byte[] bytes) {
    }

    /** Sends a multipart form (as file-upload forms are) with the page's CSRF token, and any files. */
    public Response submitMultipart(String fromPage, String action, Map<String, String> fields, Upload... files) {
        Map<String, String> form = withToken(fromPage, fields);
        RequestSpecification request = from(fromPage);
        form.forEach(request::multiPart);
        for (Upload file : files) {
            request.multiPart(file.field(), file.fileName(), file.bytes(), file.type());
        }
        Response response = request.post(action);
        keep(response);
        return response;
    }

    /** Sends a form exactly as given: no token is added. */
    public Response postForm(String fromPage, String action, Map<String, String> form) {
        return postForm(fromPage, action, form, false);
    }

    /** The CSRF token a page carries in its forms. */
    public String csrfToken(String fromPage) {
        Matcher token = CSRF_FIELD.matcher(page(fromPage));
        assertThat(token.find()).as("a CSRF token on " + fromPage).isTrue();
        return token.group(1);
    }

    /** A request from one of the session's pages, for sending a body in any shape (no token is added). */
    public RequestSpecification from(String fromPage) {
        return given().redirects().follow(false).cookies(cookies).header("Referer", "http://localhost" + fromPage);
    }

    private Response trySignIn(String username, String password) {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        assertThat(login.statusCode()).as("sign-in of %s", username).isBetween(300, 399);
        keep(login);
        return login;
    }

    private Map<String, String> withToken(String fromPage, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(CSRF_COOKIE, csrfToken(fromPage));
        return form;
    }

    private Response postForm(String fromPage, String action, Map<String, String> form, boolean htmx) {
        RequestSpecification request = from(fromPage).contentType(ContentType.URLENC).formParams(form);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        Response response = request.post(action);
        keep(response);
        return response;
    }

    private void keep(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
