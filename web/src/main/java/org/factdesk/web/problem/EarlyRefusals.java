package org.factdesk.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.factdesk.web.pages.Flash;
import org.factdesk.web.pages.SubmittedForm;

/**
 * Requests refused before anything reads their body, so before the sign-in form and the REST layer
 * see them: a body declared larger than the limit (Quarkus' own check would only close the
 * connection with an empty 413), and a sign-in that is not a form (the sign-in form would fail on it).
 * A page form sent in chunks, whose size shows only as it is read, is sent back to its page too.
 * Each is answered as its sender understands: problem+json for the API, back to the page with a
 * message for people.
 */
@ApplicationScoped
public class EarlyRefusals {

    /** Before form sign-in (-150) and Quarkus' own size check (-2). */
    static final int ORDER = -1000;
    /** A refused body up to this size is read and dropped, so the client reads the answer; a larger one closes the connection. */
    static final long DRAIN_AT_MOST = 64L * 1024 * 1024;
    static final String SIGN_IN = "/j_security_check";
    static final String SIGN_IN_REFUSED = "/login?error=true";

    private final RequestLimits limits;
    private final ObjectMapper json;

    EarlyRefusals(RequestLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::screen);
        // An API body sent in chunks is read here, up to the limit, so one that outgrows it is answered
        // as one that declares its length is: the REST layer would end it with a bare 413.
        BodyHandler chunkedApiBodies = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        router.route().order(ORDER + 1).handler(context -> {
            if (isApi(context) && isSentInChunks(context.request())) {
                chunkedApiBodies.handle(context);
            } else {
                context.next();
            }
        }).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close").setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(problemJson(Problem.ofStatus(413, "Content Too Large", limits.tooLarge())));
            } else {
                context.next();
            }
        });
    }

    private static boolean isSentInChunks(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && encoding != null
                && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    void screen(RoutingContext context) {
        long declared = declaredLength(context.request());
        if (declared > limits.maxBodyBytes()) {
            refuseTooLarge(context, declared);
        } else if (isSignIn(context) && !isForm(context.request())) {
            context.response().setStatusCode(Response.Status.SEE_OTHER.getStatusCode())
                    .putHeader(HttpHeaders.LOCATION, SIGN_IN_REFUSED).end();
        } else if (isSignIn(context)) {
            // A sign-in form without a name or a password is not taken by form sign-in, which then ends
            // the request with an empty 200; it goes back to the sign-in page like any failed sign-in.
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> {
                if (response.getStatusCode() == Response.Status.OK.getStatusCode()) {
                    response.setStatusCode(Response.Status.SEE_OTHER.getStatusCode()).putHeader(HttpHeaders.LOCATION, SIGN_IN_REFUSED);
                }
            });
            context.next();
        } else if (declared < 0 && !isApi(context) && isForm(context.request())) {
            // A form sent in chunks declares no length, so only the REST layer sees it outgrow the limit,
            // and it ends the answer with a bare 413: that goes back to the page with the message instead.
            HttpServerResponse response = context.response();
            String referer = context.request().getHeader(HttpHeaders.REFERER);
            context.addHeadersEndHandler(ignored -> {
                if (response.getStatusCode() == 413) {
                    backToThePage(response, referer);
                }
            });
            context.next();
        } else {
            context.next();
        }
    }

    private void refuseTooLarge(RoutingContext context, long declared) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        boolean expectsContinue = "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
        if (declared > DRAIN_AT_MOST || expectsContinue) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        } else {
            request.handler(ignored -> { });
        }
        if (isSignIn(context)) {
            response.setStatusCode(Response.Status.SEE_OTHER.getStatusCode()).putHeader(HttpHeaders.LOCATION, SIGN_IN_REFUSED).end();
        } else if (!isApi(context) && isForm(request)) {
            backToThePage(response, request.getHeader(HttpHeaders.REFERER));
            response.end();
        } else {
            response.setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(problemJson(Problem.ofStatus(413, "Content Too Large", limits.tooLarge())));
        }
    }

    /** A page form that was too large goes back to its page, with the message. */
    private void backToThePage(HttpServerResponse response, String referer) {
        response.setStatusCode(Response.Status.SEE_OTHER.getStatusCode())
                .putHeader(HttpHeaders.LOCATION, SubmittedForm.refererPath(referer))
                .putHeader(HttpHeaders.SET_COOKIE, Flash.error(limits.tooLarge(), null, Map.of()).toString());
    }

    private String problemJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isSignIn(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && SIGN_IN.equals(context.normalizedPath());
    }

    private static boolean isApi(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/");
    }

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String normal = type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
        return normal.startsWith("application/x-www-form-urlencoded") || normal.startsWith("multipart/form-data");
    }
}
