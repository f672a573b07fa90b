package org.factdesk.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.web.api.TextOnlyJson;
import org.factdesk.web.pages.Flash;
import org.factdesk.web.pages.SubmittedForm;
import org.factdesk.web.pages.Viewer;
import org.factdesk.web.pages.Viewers;
import org.factdesk.web.security.SignInThrottled;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become answers: problem+json for the API, a redirect to sign in
 * for pages. Nothing here lets a stack trace reach a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What the REST layer's body stream says when a body without a declared length passes the limit. */
    private static final String REQUEST_TOO_LARGE = "Request too large";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Viewer viewer, int status, String title, String detail);
    }

    private final HttpHeaders requestHeaders;
    private final Viewers viewers;
    private final CurrentIdentityAssociation identities;
    private final RequestLimits limits;

    ProblemMappers(HttpHeaders requestHeaders, Viewers viewers, CurrentIdentityAssociation identities, RequestLimits limits) {
        this.requestHeaders = requestHeaders;
        this.viewers = viewers;
        this.identities = identities;
        this.limits = limits;
    }

    @ServerExceptionMapper
    public Uni<Response> refused(Refusal refusal, UriInfo uri) {
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

    /**
     * Wrong credentials: the login page says so, without saying whether the name or the password was
     * wrong. Too many failures for the name: the API says when to try again (429), the sign-in page
     * says so in words that fit a name nobody has just as well.
     */
    @ServerExceptionMapper
    public Response signInFailed(AuthenticationFailedException e, UriInfo uri) {
        Optional<SignInThrottled> throttled = SignInThrottled.behind(e);
        if (throttled.isPresent()) {
            long seconds = throttled.get().retryAfterSeconds();
            return isApi(uri)
                    ? Problem.ofStatus(429, "Too Many Requests", "Too many failed sign-ins with this name; try again in "
                            + seconds + " seconds.").toResponseBuilder().header(HttpHeaders.RETRY_AFTER, seconds).build()
                    : Response.seeOther(URI.create("/login?error=throttled")).build();
        }
        return isApi(uri) ? signInProblem() : Response.seeOther(URI.create("/login?error=true")).build();
    }

    private static Response signInProblem() {
        return Problem.of(Response.Status.UNAUTHORIZED,
                "Sign in: send a valid name and password with HTTP Basic authentication, or an API token.")
                .toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Factdesk\"").build();
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri) {
        return asPageWhenNotApi(uri, Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse());
    }

    /** A JSON value of the wrong type or format: 422 naming the field (this replaces Quarkus' own mapper). */
    @ServerExceptionMapper
    public Response mismatchedValue(MismatchedInputException e) {
        return jsonProblem(e).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidBody(JsonProcessingException e) {
        return jsonProblem(e).toResponse();
    }

    /**
     * What was wrong with a JSON body: a field the API does not know, a value of the wrong type or
     * text holding U+0000 or half a surrogate pair (422, naming the field), or a body that is not one JSON document in UTF-8
     * at all (400).
     */
    private static Problem jsonProblem(JsonProcessingException e) {
        if (isNotUtf8(e)) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid UTF-8 text; send JSON encoded as UTF-8.");
        }
        if (e instanceof TextOnlyJson.NotText notText) {
            String field = notText.getPath().isEmpty() ? null : fieldPath(notText.getPath());
            return Problem.invalidField(field, notText.refusal(field));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = fieldPath(unknown.getPath());
            return Problem.invalidField(field, "\"" + field + "\" is not a field here; send only " + knownFields(unknown) + ".");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            return Problem.invalidField(field, "\"" + field + "\" has the wrong type or format" + expectedType(mapping) + ".");
        }
        if (e instanceof MismatchedInputException) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request body is not the JSON this address takes: send one JSON object.");
        }
        if (e instanceof StreamConstraintsException) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request body nests too deeply, or holds a value too large, to be read.");
        }
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON.");
    }

    /** The parser's own words are the only sign: "Invalid UTF-8 start byte 0xff", wherever in the body it was. */
    private static boolean isNotUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getOriginalMessage() != null
                    && json.getOriginalMessage().contains("Invalid UTF-8")) {
                return true;
            }
        }
        return false;
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
    public Uni<Response> httpError(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        if (original.getStatus() < 400) {
            return Uni.createFrom().item(original);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return asPageWhenNotApi(uri, jsonProblem(json).toResponse());
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request could not be read: send valid JSON, and parameters in the documented form.";
            case 404 -> "Nothing is at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 413 -> limits.tooLarge();
            case 415 -> isApi(uri) ? "Send the body as application/json."
                    : "Send this form as a web form (application/x-www-form-urlencoded), from its page.";
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

    /**
     * A body sent in chunks, so with no length declared up front, that outgrew the limit: the REST
     * layer has already answered 413 and closed the connection. Not a failure of ours to log.
     */
    @ServerExceptionMapper
    public Uni<Response> unreadableBody(IOException e, UriInfo uri) {
        if (REQUEST_TOO_LARGE.equals(e.getMessage())) {
            return asPageWhenNotApi(uri, Problem.ofStatus(413, "Content Too Large", limits.tooLarge()).toResponse());
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = 6000)
    public Uni<Response> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            LOG.warnf("The database could not be reached in time: %s", e.getMessage());
            return asPageWhenNotApi(uri, Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The desk is busy and could not reach its database in time; try again in a few seconds.")
                    .toResponseBuilder().header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build());
        }
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
    private Uni<Response> asPageWhenNotApi(UriInfo uri, Response problemResponse) {
        if (isApi(uri) || !(problemResponse.getEntity() instanceof Problem problem)) {
            return Uni.createFrom().item(problemResponse);
        }
        if (isHtmx()) {
            String fragment = "<p class=\"refused\" role=\"alert\">" + escapeHtml(problem.detail()) + "</p>";
            return Uni.createFrom().item(Response.ok(fragment, MediaType.TEXT_HTML_TYPE).build());
        }
        if (isFormPost() && problem.status() != 401) {
            return Uni.createFrom().item(Response.seeOther(SubmittedForm.backOr(refererPath()))
                    .cookie(Flash.error(problem.detail(), problem.field(), SubmittedForm.values())).build());
        }
        // The page keeps the person's navigation, so it needs who they are. A request refused before it
        // reached a page (an unknown address, a wrong method or type) has not looked that up yet, and
        // may be on the I/O thread, where it must not block: the identity is resolved without blocking.
        Function<SecurityIdentity, Viewer> viewer = viewers.forIdentity();
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .map(identity -> Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                        .entity(Templates.error(viewer.apply(identity).withoutForms(), problem.status(), problem.title(),
                                problem.detail()).render())
                        .build());
    }

    /** An htmx action answered in place; a boosted form or link is a whole page, refused as a form is. */
    private boolean isHtmx() {
        return "true".equals(requestHeaders.getHeaderString("HX-Request"))
                && !"true".equals(requestHeaders.getHeaderString("HX-Boosted"));
    }

    private boolean isFormPost() {
        MediaType type = requestHeaders.getMediaType();
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private String refererPath() {
        return SubmittedForm.refererPath(requestHeaders.getHeaderString("Referer"));
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        return NulCharacters.shown(path.stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "["));
    }

    private static String knownFields(UnrecognizedPropertyException e) {
        Collection<Object> known = e.getKnownPropertyIds();
        return known == null || known.isEmpty() ? "the documented fields"
                : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String expectedType(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return "; the number is out of range";
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "";
        }
        if (target.isEnum()) {
            return "; expected one of " + java.util.Arrays.stream(target.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (target == java.time.LocalDate.class) {
            return "; expected a date like 2026-12-31";
        }
        if (target == java.time.Instant.class) {
            return "; expected an instant like 2026-12-31T00:00:00Z";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "; expected a list";
        }
        if (target == String.class) {
            return "; expected text";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "; expected a whole number";
        }
        return "; expected " + target.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
