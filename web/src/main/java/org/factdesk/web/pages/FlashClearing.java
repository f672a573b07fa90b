package org.factdesk.web.pages;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A flash is shown once: the page that displayed it expires the cookie. */
public class FlashClearing {

    @ServerResponseFilter
    public void clearShownFlash(ContainerRequestContext request, ContainerResponseContext response) {
        boolean shown = HttpMethod.GET.equals(request.getMethod()) && response.getStatus() == 200
                && request.getCookies().containsKey(Flash.COOKIE);
        if (shown) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.cleared().toString());
        }
    }
}
