package org.factdesk.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The cookie naming the browser's {@link org.factdesk.core.security.DeskSession}, set beside Quarkus'
 * encrypted session cookie at sign-in. Both must be present and agree for a request to be signed in.
 */
public final class DeskSessionCookie {

    public static final String NAME = "factdesk-session";

    private DeskSessionCookie() {
    }

    static String in(RoutingContext context) {
        Cookie cookie = context == null ? null : context.request().getCookie(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    static void set(RoutingContext context, String secret) {
        context.response().addCookie(Cookie.cookie(NAME, secret).setPath("/"));
    }
}
