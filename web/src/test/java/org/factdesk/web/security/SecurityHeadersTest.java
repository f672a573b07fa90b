package org.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskCookies;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** What every answer tells the browser it may do, and how the cookies are marked (demo mode: plain http). */
@QuarkusTest
class SecurityHeadersTest {


    @Test
    void aPageAllowsOnlyItsOwnScriptsAndStylesAndCannotBeFramed() {
        Response page = PageSession.signIn(Desk.RITA).get("/queue");

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(directives(policy)).containsEntry("default-src", "'self'").containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self'").containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'").containsEntry("form-action", "'self'")
                .containsEntry("frame-ancestors", "'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertCommonHeaders(page);
    }

    @Test
    void theSignInPageAndPublicPagesCarryTheSameHeaders() {
        for (String path : List.of("/login", "/fact-checks")) {
            Response page = given().redirects().follow(false).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(directives(page.header("Content-Security-Policy"))).as(path)
                    .containsEntry("script-src", "'self'").containsEntry("frame-ancestors", "'none'");
            assertCommonHeaders(page);
        }
    }

    @Test
    void errorPagesAndTheSignInRedirectCarryTheHeadersToo() {
        Response missing = PageSession.signIn(Desk.EDNA).get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertCommonHeaders(missing);

        Response signIn = DeskCookies.signIn(Desk.RITA, Desk.DEMO_PASSWORD);
        assertThat(signIn.statusCode()).isIn(302, 303);
        assertThat(signIn.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertCommonHeaders(signIn);
    }

    @Test
    void aRedirectNamesAPathOnTheDeskWhateverHostTheRequestNamed() {
        Response toSignIn = given().redirects().follow(false).header("Host", "evil.example").get("/queue");
        Response signedIn = given().redirects().follow(false).header("Host", "evil.example").contentType(ContentType.URLENC)
                .formParam("j_username", Desk.RITA).formParam("j_password", Desk.DEMO_PASSWORD).post("/j_security_check");

        assertThat(toSignIn.statusCode()).isBetween(300, 399);
        assertThat(toSignIn.header("Location")).startsWith("/login").doesNotContain("evil.example");
        assertThat(signedIn.statusCode()).isBetween(300, 399);
        assertThat(signedIn.header("Location")).startsWith("/").doesNotStartWith("//").doesNotContain("evil.example");
    }

    @Test
    void anAbsoluteRedirectKeepsOnlyItsPathQueryAndFragment() {
        assertThat(SecurityHeaders.pathOf("http://evil.example/login?next=%2Fqueue#top")).isEqualTo("/login?next=%2Fqueue#top");
        assertThat(SecurityHeaders.pathOf("//evil.example/queue")).isEqualTo("/queue");
        assertThat(SecurityHeaders.pathOf("https://evil.example")).isEqualTo("/");
        assertThat(SecurityHeaders.pathOf("/triage?q=vaccine")).isEqualTo("/triage?q=vaccine");
    }

    @Test
    void theApiForbidsAnyContentAndFramingAndSniffing() {
        Response claims = Desk.as(Desk.EDNA).get(Desk.CLAIMS);
        Response refused = given().accept(ContentType.JSON).get(Desk.CLAIMS);
        Response tooLarge = Desk.as(Desk.EDNA).body("{\"text\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}").post(Desk.CLAIMS);

        assertThat(claims.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        for (Response answer : List.of(claims, refused, tooLarge)) {
            assertThat(directives(answer.header("Content-Security-Policy")))
                    .containsEntry("default-src", "'none'").containsEntry("frame-ancestors", "'none'");
            assertCommonHeaders(answer);
        }
        assertThat(tooLarge.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(tooLarge.jsonPath().getString("detail")).contains("4 MB");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String session = setCookie(DeskCookies.signIn(Desk.EDNA, Desk.DEMO_PASSWORD), DeskCookies.SESSION_COOKIE);

        assertThat(attributes(session)).contains("httponly", "samesite=strict");
    }

    @Test
    void theCsrfAndFlashCookiesAreHttpOnlyAndSameSiteStrict() {
        PageSession edna = PageSession.signIn(Desk.EDNA);
        long claim = Desk.newClaim("A claim whose refused form leaves a flash");
        Response page = edna.get("/claims/" + claim);
        Response refused = edna.submit("/claims/" + claim, "/claims/" + claim + "/actions", Map.of("action", "no-such-action"));

        assertThat(attributes(setCookie(page, DeskCookies.CSRF_COOKIE))).contains("httponly", "samesite=strict");
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(attributes(setCookie(refused, DeskCookies.FLASH_COOKIE))).contains("httponly", "samesite=strict");
    }

    @Test
    void cookiesAreNotMarkedSecureInDemoModeSoThePlainHttpDemoKeepsWorking() {
        assertThat(attributes(setCookie(DeskCookies.signIn(Desk.EDNA, Desk.DEMO_PASSWORD), DeskCookies.SESSION_COOKIE))).doesNotContain("secure");
    }

    @Test
    void pagesCarryNoInlineScriptAndNoEventHandlerAttributes() {
        PageSession edna = PageSession.signIn(Desk.EDNA);
        PageSession ada = PageSession.signIn(Desk.ADA);
        long claim = Desk.newClaim("A claim whose page is checked for inline script");
        List<String> pages = List.of(edna.get("/").asString(), edna.get("/queue").asString(), edna.get("/triage").asString(),
                edna.get("/review").asString(), edna.get("/dashboard").asString(), edna.get("/claims/" + claim).asString(),
                ada.get("/admin").asString(), ada.get("/admin/integrations").asString(),
                given().get("/fact-checks").asString(), given().get("/login").asString());
        Pattern scriptElement = Pattern.compile("<script([^>]*)>", Pattern.CASE_INSENSITIVE);
        Pattern handlerAttribute = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        for (String html : pages) {
            Matcher script = scriptElement.matcher(html);
            while (script.find()) {
                assertThat(script.group(1)).as("a script element loads a file or carries data only")
                        .containsAnyOf(" src=\"/", "type=\"application/json\"", "type=\"application/ld+json\"");
            }
            assertThat(handlerAttribute.matcher(html).find()).as("an on…= attribute").isFalse();
            assertThat(html).doesNotContain("javascript:", " style=\"");
            assertThat(html).contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\": false");
        }
    }

    static void assertCommonHeaders(Response answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    }

    /** The whole Set-Cookie line that sets the cookie, so its attributes can be read. */
    static String setCookie(Response answer, String name) {
        return answer.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + answer.getHeaders()));
    }

    /** The attributes after name=value, in lower case: "httponly", "samesite=strict", "secure", … */
    static List<String> attributes(String setCookie) {
        return java.util.Arrays.stream(setCookie.toLowerCase(Locale.ROOT).split(";")).skip(1).map(String::strip).toList();
    }

    private static Map<String, String> directives(String policy) {
        assertThat(policy).isNotBlank();
        java.util.LinkedHashMap<String, String> directives = new java.util.LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return directives;
    }
}
