package org.factdesk.web.pages;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page form the CSRF check refused (an expired or foreign token) gets a bare 400 from the check
 * itself; people get sent back to the page with a sentence instead, and nothing is changed.
 */
public class RefusedFormRedirect {

    static final String MESSAGE = "This form had expired, so nothing was changed. The page is fresh now: try again.";

    @ServerResponseFilter
    public void explainRefusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = request.getMediaType();
        boolean pageForm = HttpMethod.POST.equals(request.getMethod()) && type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
                && !request.getUriInfo().getPath().startsWith("/api/");
        if (pageForm && response.getStatus() == 400 && !response.hasEntity()) {
            response.setStatus(Response.Status.SEE_OTHER.getStatusCode());
            response.getHeaders().putSingle(HttpHeaders.LOCATION, SubmittedForm.refererPath(request.getHeaderString("Referer")));
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.error(MESSAGE, null, Map.of()).toString());
        }
    }
}
