package org.factdesk.web.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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

    /**
     * Bytes that are not UTF-8 arrive as U+FFFD; such a form is refused rather than stored garbled.
     * A NUL is refused too, naming its field, before the form reaches the page or the database.
     */
    @ServerRequestFilter
    @WithFormRead
    public void refuseFormTextThatIsNotText(ContainerRequestContext request) {
        SubmittedForm.fieldNotInUtf8().ifPresent(field -> {
            throw Refusal.invalid(field, "The \"" + field + "\" field held bytes that are not UTF-8 text, so nothing was "
                    + "changed; send the form from its page.");
        });
        SubmittedForm.fieldHoldingNul().ifPresent(field -> {
            throw Refusal.invalid(field, NulCharacters.refusal(field));
        });
    }

    /** A query parameter holding U+0000 is a 400 that names it, before any search reaches the database. */
    @ServerRequestFilter(preMatching = true)
    public void refuseNulInQueryParameters(HttpServerRequest request) {
        // Only a query that spells a NUL is decoded here; every other one is read as before, by the resource.
        String query = request.query();
        if (query == null || !(query.contains("%00") || query.indexOf(NulCharacters.NUL) >= 0)) {
            return;
        }
        String parameter = null;
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            if (pair.contains("%00") || pair.indexOf(NulCharacters.NUL) >= 0) {
                parameter = decoded(name);
                break;
            }
        }
        throw Refusal.badQuery(NulCharacters.shown(parameter), NulCharacters.refusal(parameter));
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
