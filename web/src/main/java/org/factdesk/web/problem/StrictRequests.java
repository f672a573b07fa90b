package org.factdesk.web.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.factdesk.core.Refusal;
import org.factdesk.web.pages.SubmittedForm;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/** Requests the REST layer would otherwise bend into a shape they were not sent in; the mappers answer them. */
public class StrictRequests {

    /** "/claims/1;DROP" is not claim 1: matrix parameters are not part of any Factdesk address. */
    @ServerRequestFilter(preMatching = true)
    public void refuseMatrixParameters(HttpServerRequest request) {
        // The request as sent: JAX-RS' own view of the path has the parameters taken out already.
        String path = request.path();
        if (path != null && path.contains(";")) {
            throw new NotFoundException();
        }
    }

    /** A page action is a form, so it always carries its CSRF token; a POST without a form body is not one. */
    @ServerRequestFilter(preMatching = true)
    public void refusePageActionsWithoutAForm(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (HttpMethod.POST.equals(request.getMethod()) && !ProblemMappers.isApi(request.getUriInfo()) && !form) {
            throw new NotSupportedException();
        }
    }

    /** Bytes that are not UTF-8 arrive as U+FFFD; such a form is refused rather than stored garbled. */
    @ServerRequestFilter
    @WithFormRead
    public void refuseFormTextThatIsNotUtf8(ContainerRequestContext request) {
        SubmittedForm.fieldNotInUtf8().ifPresent(field -> {
            throw Refusal.invalid(field, "The \"" + field + "\" field held bytes that are not UTF-8 text, so nothing was "
                    + "changed; send the form from its page.");
        });
    }
}
