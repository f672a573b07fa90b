package org.factdesk.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.web.pages.Flash;
import org.factdesk.web.pages.SubmittedForm;
import org.factdesk.web.pages.Viewer;
import org.factdesk.web.pages.Viewers;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become answers: problem+json for the API, a redirect to sign in
 * for pages. Nothing here lets a stack trace reach a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Viewer viewer, int status, String title, String detail);
    }

    private final HttpHeaders requestHeaders;
    private final Viewers viewers;

    ProblemMappers(HttpHeaders requestHeaders, Viewers viewers) {
        this.requestHeaders = requestHeaders;
        this.viewers = viewers;
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal, UriInfo uri) {
        return asPageWhenNotApi(uri, switch (refusal.kind()) {
            case FORBIDDEN -> Problem.of(Response.Status.FORBIDDEN, refusal.getMessage()).toResponse();
            case CONFLICT -> Problem.of(Response.Status.CONFLICT, refusal.getMessage()).toResponse();
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, refusal.getMessage()).toResponse();
            case INVALID -> Problem.invalidField(refusal.field().orElse(null), refusal.getMessage()).toResponse();
            case BAD_QUERY -> Problem.badParameter(refusal.field().orElse(null), refusal.getMessage()).toResponse();
            case STALE -> Problem.of(Response.Status.PRECONDITION_FAILED, refusal.getMessage()).toResponse();
        });
    }

    @ServerExceptionMapper
    public Response notSignedIn(UnauthorizedException e, UriInfo uri) {
        return isApi(uri) ? signInProblem() : Response.seeOther(URI.create("/login")).build();
    }

    /** Wrong credentials: the login page says so, without saying whether the name or the password was wrong. */
    @ServerExceptionMapper
    public Response signInFailed(AuthenticationFailedException e, UriInfo uri) {
        return isApi(uri) ? signInProblem() : Response.seeOther(URI.create("/login?error=true")).build();
    }

    private static Response signInProblem() {
        return Problem.of(Response.Status.UNAUTHORIZED,
                "Sign in: send a valid name and password with HTTP Basic authentication, or an API token.")
                .toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Factdesk\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return asPageWhenNotApi(uri, Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse());
    }

    /** A JSON value of the wrong type or format: 422 naming the field (this replaces Quarkus' own mapper). */
    @ServerExceptionMapper
    public Response mismatchedValue(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return brokenJson();
        }
        String field = fieldPath(e.getPath());
        return Problem.invalidField(field, "\"" + field + "\" has the wrong type or format" + expectedType(e) + ".")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidBody(JsonProcessingException e) {
        return brokenJson();
    }

    private static Response brokenJson() {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON.").toResponse();
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leafName(v), v.getMessage())).toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return new Problem("about:blank", "Unprocessable Content", 422, detail,
                errors.size() == 1 ? errors.get(0).field() : null, errors).toResponse();
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request could not be read: send valid JSON, and parameters in the documented form.";
            case 404 -> "Nothing is at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 415 -> "Send the body as application/json.";
            default -> e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
        };
        Response.ResponseBuilder builder = Problem.ofStatus(status.getStatusCode(), status.getReasonPhrase(), detail)
                .toResponseBuilder();
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return asPageWhenNotApi(uri, builder.build());
    }

    @ServerExceptionMapper(priority = 6000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return asPageWhenNotApi(uri, Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Reference: " + reference + ".").toResponse());
    }

    /**
     * People in the browser get the answer as a page: a refused form goes back where it came from
     * with the message next to the field and the input kept; an htmx action gets the message in
     * place; anything else gets an error page in the site's layout.
     */
    private Response asPageWhenNotApi(UriInfo uri, Response problemResponse) {
        if (isApi(uri) || !(problemResponse.getEntity() instanceof Problem problem)) {
            return problemResponse;
        }
        if (isHtmx()) {
            String fragment = "<p class=\"refused\" role=\"alert\">" + escapeHtml(problem.detail()) + "</p>";
            return Response.ok(fragment, MediaType.TEXT_HTML_TYPE).build();
        }
        if (isFormPost() && problem.status() != 401) {
            return Response.seeOther(SubmittedForm.backOr(refererPath()))
                    .cookie(Flash.error(problem.detail(), problem.field(), SubmittedForm.values())).build();
        }
        Viewer viewer = viewers.current().withoutForms();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(viewer, problem.status(), problem.title(), problem.detail()).render()).build();
    }

    private boolean isHtmx() {
        return "true".equals(requestHeaders.getHeaderString("HX-Request"));
    }

    private boolean isFormPost() {
        MediaType type = requestHeaders.getMediaType();
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private String refererPath() {
        String referer = requestHeaders.getHeaderString("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return SubmittedForm.isLocalPath(path) ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        return path.stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expectedType(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "";
        }
        if (target.isEnum()) {
            return "; expected one of " + java.util.Arrays.stream(target.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (target == java.time.LocalDate.class) {
            return "; expected a date like 2026-12-31";
        }
        return "; expected " + target.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
