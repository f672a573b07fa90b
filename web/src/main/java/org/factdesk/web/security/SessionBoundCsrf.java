package org.factdesk.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * Ties a signed-in browser's CSRF token to its desk session. Quarkus' check alone compares the token
 * in a form with the CSRF cookie, whatever that cookie is, so a cookie planted from elsewhere (with
 * its token) would pass for anyone. Once signed in, the token is derived from the session's secret:
 * pages are rendered with it, the cookie is set to it, and a form whose cookie is another one is
 * refused as expired. Signing in therefore also changes the token.
 */
public class SessionBoundCsrf {

    /** The cookie Quarkus' CSRF check reads (quarkus.rest-csrf.cookie-name, left at its default). */
    static final String COOKIE = "csrf-token";
    // What Quarkus' CSRF filter keeps in the routing context: the token the page shows, its bytes, and
    // whether its response filter should (re)set the cookie.
    private static final String TOKEN = "csrf_token";
    private static final String TOKEN_BYTES = "csrf_token_bytes";
    private static final String SET_COOKIE = "true";
    /** Quarkus' default token size (quarkus.rest-csrf.token-size); a cookie of another size is refused by its check. */
    private static final int TOKEN_BYTES_LENGTH = 16;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * Must run after Quarkus' CSRF filter (priority USER, after the form is read), which has compared
     * the form's token with the cookie and put the cookie's token in the context. Among filters that
     * wait for the form, this priority is what puts it after that one (SessionBoundCsrfTest fails otherwise).
     */
    @ServerRequestFilter(priority = Priorities.USER - 10)
    @WithFormRead
    public Response bindTokenToSession(ContainerRequestContext request, RoutingContext context) {
        String secret = DeskSessionCookie.in(context);
        if (secret == null || request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        byte[] bound = tokenBytesFor(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bound);
        if (SAFE_METHODS.contains(request.getMethod())) {
            context.put(TOKEN, token);
            context.put(TOKEN_BYTES, bound);
            context.put(SET_COOKIE, Boolean.TRUE);
            return null;
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        boolean sameToken = cookie != null && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
        // A bare 400 is what Quarkus' own check answers; RefusedFormRedirect explains it to people.
        return sameToken ? null : Response.status(Response.Status.BAD_REQUEST).build();
    }

    /** The token of a desk session: the start of a digest of its secret, so only that browser can know it. */
    static byte[] tokenBytesFor(String sessionSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("factdesk csrf token of " + sessionSecret).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, TOKEN_BYTES_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
