package org.factdesk.web.security;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.factdesk.core.settings.DeskSettings;

/**
 * Headers that tell browsers what a Factdesk answer may do, on every answer (pages, API, errors,
 * redirects of the sign-in form), and one policy for every cookie: HttpOnly, SameSite=Strict, and
 * Secure when configured.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Pages run only the site's own scripts and styles (no inline script, no on…= attributes) and are never framed. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** JSON is data: nothing in it may load or run, should a browser ever render it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI (/q/) brings inline scripts of its own; it is only kept out of frames. */
    static final String TOOLS_POLICY = "frame-ancestors 'none'";
    /** Before every other route, so even answers given early (413, the sign-in form's redirect) carry the headers. */
    static final int ORDER = -2000;

    private final boolean secureCookies;

    SecurityHeaders(CookieSettings cookies, DeskSettings desk) {
        this.secureCookies = cookies.secure().orElse(!desk.demo());
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::protect);
    }

    void protect(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("Content-Security-Policy", policyFor(context.normalizedPath()));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        context.addHeadersEndHandler(ignored -> {
            markCookies(context);
            keepRedirectsOnThisDesk(context.response().getStatusCode(), headers);
        });
        context.next();
    }

    static String policyFor(String path) {
        if (path.startsWith("/api/")) {
            return API_POLICY;
        }
        return path.startsWith("/q/") ? TOOLS_POLICY : PAGE_POLICY;
    }

    /** Cookies set through Vert.x (session, CSRF token) and those written as headers (the flash) alike. */
    private void markCookies(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie instanceof ServerCookie set && set.isChanged()) {
                set.setHttpOnly(true);
                if (set.getSameSite() == null) {
                    set.setSameSite(CookieSameSite.STRICT);
                }
                if (secureCookies) {
                    set.setSecure(true);
                }
            }
        }
        MultiMap headers = context.response().headers();
        List<String> written = headers.getAll(HttpHeaders.SET_COOKIE);
        if (!written.isEmpty()) {
            headers.remove(HttpHeaders.SET_COOKIE);
            written.forEach(cookie -> headers.add(HttpHeaders.SET_COOKIE, withFlags(cookie)));
        }
    }

    /**
     * A redirect names a path on this desk, never a host: an absolute Location would be built from the
     * request's Host header, which whoever sends the request chooses ("Location: http://evil.example/login").
     * Every redirect the desk gives stays on the desk, so the path alone is the whole of it.
     */
    static void keepRedirectsOnThisDesk(int status, MultiMap headers) {
        String location = headers.get(HttpHeaders.LOCATION);
        if (status < 300 || status >= 400 || location == null) {
            return;
        }
        headers.set(HttpHeaders.LOCATION, pathOf(location));
    }

    static String pathOf(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return "/";
        }
        if (uri.getRawAuthority() == null && uri.getScheme() == null) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    String withFlags(String setCookie) {
        String attributes = ";" + setCookie.toLowerCase(Locale.ROOT).replace(" ", "") + ";";
        StringBuilder marked = new StringBuilder(setCookie);
        if (!attributes.contains(";httponly;")) {
            marked.append(";HttpOnly");
        }
        if (!attributes.contains(";samesite=")) {
            marked.append(";SameSite=Strict");
        }
        if (secureCookies && !attributes.contains(";secure;")) {
            marked.append(";Secure");
        }
        return marked.toString();
    }
}
